/**
 * Function words of the languages guests most often write in other than English. Words that are also common English
 * words (a, an, in, be, die, so, or, no, me) are left out, so that an English message never scores here.
 */
const FOREIGN_WORDS = new Set(
  [
    // Spanish
    "el la los las del que y en por para con una es está estamos hay mi mis nuestra nuestro habitación puedo podemos quiero gracias hola buenos buenas tarde noche dónde cuándo qué cómo muy también pero señor",
    // French
    "le les des du est et une pour avec nous je vous pas chambre tu peux quoi sur merci bonjour bonsoir où quand comment est-ce il y sommes avons peut pouvons voudrais très aussi mais ce cette",
    // German
    "der das und ist ein eine wir ich nicht mit für zimmer gibt sie sind zum vom wer können bitte danke hallo guten morgen abend wo wann wie auch aber sehr haben sind möchte uns unser",
    // Italian
    "il lo gli che è di per una camera vorrei potete altro cosa ho scusa ci possiamo grazie ciao buongiorno buonasera dove quando come anche ma molto siamo abbiamo nostra nostro",
    // Portuguese
    "os que é do da para com um uma quarto não nós obrigado obrigada olá bom dia boa onde quando como também mas muito estamos podemos gostaria",
    // Dutch
    "het een ik wij niet voor kamer kunnen alstublieft dank bedankt hoi goedemorgen waar wanneer hoe ook maar zeer hebben zijn graag onze",
    // Swedish, Polish, Turkish, Indonesian
    "och är jag vi inte rum tack hej var när hur också men mycket jest nie się pokój dziękuję dzień dobry gdzie kiedy jak bir ve bu için mi oda teşekkür merhaba nerede ne zaman nasıl saya kami tidak dan untuk dengan kamar terima kasih halo selamat pagi",
  ]
    .join(" ")
    .split(" "),
);

/** English function words, to weigh against the foreign ones. */
const ENGLISH_WORDS = new Set(
  "the a an and to of is in for my we our can i you it on with be are do at this that have not your there what when how where please thanks hi hello room would could should will just need want".split(" "),
);

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
const WORD = /[\p{L}'-]+/gu;
const ASCII_WORD = /[a-z'-]+/g;

/** Most messages are plain ASCII: then there is no script to check and no accent to find. */
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** Loanwords with accents that English writers use. */
const ENGLISH_ACCENTED = new Set("café cafés résumé naïve fiancé fiancée jalapeño déjà façade crème brûlée entrée rosé piñata soirée protégé décor".split(" "));

/** Letters with diacritics that English words do not have (outside the loanwords above). */
const DIACRITIC = /[à-öø-ÿœßğışłńśźż]/u;

/**
 * Whether a message is written in a language other than English, by a cheap check: mostly letters outside the Latin
 * script (Cyrillic, Arabic, Chinese, ...), or more words of another language (function words, words with accents English
 * does not use, ¿ and ¡) than English function words: at least two, or one in a short message with no English word.
 * Messages without letters, and mixed ones, count as English and go to the model.
 */
export function isUnsupportedLanguage(text: string): boolean {
  const ascii = isAscii(text);
  if (!ascii) {
    const letters = text.match(LETTER)?.length ?? 0;
    const latin = text.match(LATIN)?.length ?? 0;
    if (letters >= 2 && latin / letters < 0.5) return true;
  }
  const words = text.toLowerCase().match(ascii ? ASCII_WORD : WORD) ?? [];
  let foreign = 0;
  let english = 0;
  if (!ascii && /[¿¡]/u.test(text)) foreign++;
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) english++;
    else if (FOREIGN_WORDS.has(word) || (!ascii && DIACRITIC.test(word) && !ENGLISH_ACCENTED.has(word))) foreign++;
  }
  return (foreign >= 2 && foreign > english) || (foreign >= 1 && english === 0 && words.length <= 4);
}
