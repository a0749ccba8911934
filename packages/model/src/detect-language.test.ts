import { describe, expect, it } from "vitest";
import { isUnsupportedLanguage } from "./detect-language.js";

describe("isUnsupportedLanguage", () => {
  it.each([
    "¿Puedo dejar la habitación más tarde?",
    "Wir kommen früher an, ist das Zimmer schon frei?",
    "部屋のWi-Fiのパスワードを教えてください",
    "Можно поздний выезд?",
    "Est-ce que le petit déjeuner est inclus ?",
    "hola",
  ])("finds %j not English", (text) => {
    expect(isUnsupportedLanguage(text)).toBe(true);
  });

  it.each([
    "our flight isn't until the evening, can we keep the room?",
    "Is the café open for breakfast before our early train?",
    "We'd love a late checkout, merci!",
    "gf pizza base?",
    "ok",
    "12:30",
  ])("lets %j through to the model", (text) => {
    expect(isUnsupportedLanguage(text)).toBe(false);
  });
});
