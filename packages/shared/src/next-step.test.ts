import { describe, expect, it } from "vitest";
import { HotelIntentError, MissingInputError } from "./errors.js";
import { nextStep } from "./next-step.js";

describe("nextStep", () => {
  it("returns how to set OPENAI_API_KEY when the key is missing", () => {
    const hint = nextStep(new HotelIntentError("E_OPENAI_KEY_MISSING", "no OpenAI API key: pass apiKey or set OPENAI_API_KEY"));
    expect(hint).toContain("export OPENAI_API_KEY=sk-...");
    expect(hint).toContain("`--provider local` (the default) needs no key");
  });

  it("returns the wind-down and the local provider when OpenAI refuses, unless the message says so already", () => {
    expect(nextStep(new HotelIntentError("E_OPENAI_PERMISSION", "403 not allowed"))).toContain(
      "new jobs end for everyone on 2027-01-06); train the embedded model instead with `pnpm finetune --provider local`",
    );
    expect(nextStep(new HotelIntentError("E_FINETUNE_REFUSED", "refused. Train the embedded model with `pnpm finetune --provider local`"))).toBeUndefined();
  });

  it("returns nothing for errors whose message already names the command to run, or that are not hotel-intent's", () => {
    expect(nextStep(new MissingInputError("model.json: no such file (train one with `pnpm finetune`)"))).toBeUndefined();
    expect(nextStep(new Error("E_OPENAI_KEY_MISSING"))).toBeUndefined();
  });
});
