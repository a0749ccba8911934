import { describe, expect, it } from "vitest";
import { confirmCost, formatDollars } from "./confirm-cost.js";
import { CostNotConfirmedError } from "./openai-errors.js";

const never = async () => {
  throw new Error("asked");
};

describe("confirmCost", () => {
  it("goes on without asking when the estimate is within the limit or --yes was given", async () => {
    await expect(confirmCost({ what: "training", dollars: 4.99, maxCost: 5, ask: never })).resolves.toBeUndefined();
    await expect(confirmCost({ what: "training", dollars: 50, maxCost: 5, yes: true, ask: never })).resolves.toBeUndefined();
  });

  it("asks above the limit and goes on after yes, stops after anything else", async () => {
    const questions: string[] = [];
    const ask = (answer: string) => async (question: string) => {
      questions.push(question);
      return answer;
    };
    await expect(confirmCost({ what: "training", dollars: 7.5, maxCost: 5, ask: ask("y") })).resolves.toBeUndefined();
    await expect(confirmCost({ what: "training", dollars: 7.5, maxCost: 5, ask: ask("") })).rejects.toThrow(CostNotConfirmedError);
    expect(questions[0]).toBe("training is estimated at $7.50; the limit is $5.00 (openai.maxCost or --max-cost). Go ahead? [y/N] ");
  });

  it("treats an unknown price as over the limit", async () => {
    await expect(confirmCost({ what: "evals on my-model", dollars: null, maxCost: 100, ask: async () => "n" })).rejects.toThrow(CostNotConfirmedError);
    expect(formatDollars(null)).toContain("unknown");
    expect(formatDollars(0.00423)).toBe("$0.0042");
  });
});
