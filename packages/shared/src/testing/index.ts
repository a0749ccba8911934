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
