import { createRequire } from "node:module";
import type { Contender } from "./contender.js";

interface NlpManager {
  addDocument(language: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(language: string, text: string): Promise<{ intent: string; score: number }>;
  export(minified: boolean): string;
}

/** nlp.js 4.27's NlpManager (the peer the original project measured at 29% on VagueIntent-Eval), with its defaults. */
export function createNlpjsContender(): Contender {
  return {
    name: "nlp.js 4.27 NlpManager",
    async train({ train }) {
      const { NlpManager } = createRequire(import.meta.url)("node-nlp") as { NlpManager: new (options: object) => NlpManager };
      const manager = new NlpManager({ languages: ["en"], forceNER: false, autoSave: false, nlu: { log: false } });
      for (const example of train) manager.addDocument("en", example.text, String(example.intent));
      await manager.train();
      return {
        predict: async (text) => {
          const result = await manager.process("en", text);
          const intent = Number(result.intent);
          return Number.isInteger(intent) && intent >= 1 && intent <= 40 ? intent : null;
        },
        sizeBytes: Buffer.byteLength(manager.export(true)),
      };
    },
  };
}
