import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Contender } from "./contender.js";

/** fastText's own command-line tool (Debian's `fasttext` package), tuned as in the original project's baseline. */
export function createFasttextContender({ command = "fasttext" }: { command?: string } = {}): Contender {
  const found = spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
  const clean = (text: string) => text.replace(/\s+/g, " ").toLowerCase();
  return {
    name: "fastText 0.9.2 (epoch 100, lr 1.0, word bigrams, char 3-6)",
    ...(found ? {} : { unavailable: "fastText's command-line tool is not installed (apt-get install fasttext)" }),
    async train({ train }) {
      const dir = await mkdtemp(join(tmpdir(), "hotel-intent-fasttext-"));
      const trainFile = join(dir, "train.txt");
      await writeFile(trainFile, train.map((example) => `__label__${example.intent} ${clean(example.text)}`).join("\n"));
      execFileSync(command, [
        "supervised",
        "-input",
        trainFile,
        "-output",
        join(dir, "model"),
        "-epoch",
        "100",
        "-lr",
        "1.0",
        "-wordNgrams",
        "2",
        "-minn",
        "3",
        "-maxn",
        "6",
        "-thread",
        "2",
        "-verbose",
        "0",
        "-seed",
        "42",
      ]);
      const cache = new Map<string, number | null>();
      return {
        /** fastText answers a whole file at once; the benchmark primes this with every message it will ask about. */
        prime: async (texts: readonly string[]) => {
          const input = join(dir, "input.txt");
          await writeFile(input, texts.map(clean).join("\n"));
          const lines = execFileSync(command, ["predict", join(dir, "model.bin"), input], { maxBuffer: 64 * 1024 * 1024 })
            .toString()
            .trim()
            .split("\n");
          texts.forEach((text, index) => {
            const intent = Number(lines[index]?.replace("__label__", ""));
            cache.set(text, Number.isInteger(intent) ? intent : null);
          });
        },
        predict: (text) => cache.get(text) ?? null,
        sizeBytes: (await stat(join(dir, "model.bin"))).size,
      };
    },
  };
}
