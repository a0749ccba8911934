import { fileURLToPath } from "node:url";

export { completeChat, fakeTokens } from "./fake-chat.js";
export { fakeTokenAccuracy, fakeTrainLoss } from "./fake-fine-tuning.js";
export type { FakeApiFailure } from "./fake-http.js";
export type {
  FakeChatHandler,
  FakeChatMessage,
  FakeChatReply,
  FakeChatRequest,
  FakeFailureRule,
  FakeOpenAIOptions,
  FakeRequestRecord,
  FakeTokenLogprob,
} from "./fake-openai-types.js";
export { type FakeOpenAI, startFakeOpenAI } from "./start-fake-openai.js";

/** The small three-intent corpus (7 late check-out, 10 luggage, 17 towels, and some out-of-scope messages) that tests train on. */
export const FIXTURE_CORPUS_DIR = fileURLToPath(new URL("./__fixtures__/corpus", import.meta.url));
export { type CopyRepositoryOptions, copyRepository } from "./copy-repository.js";
