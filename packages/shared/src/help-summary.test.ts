import { cac } from "cac";
import { describe, expect, it } from "vitest";
import { helpSummary } from "./help-summary.js";

/** Runs a small cac CLI with `args` and returns what it printed. */
function helpOf(args: string[]): string {
  const cli = cac("finetune");
  cli.command("", "Train a model").option("--quiet", "print nothing but errors").example("pnpm finetune");
  cli.command("report", "Write training-report.html").example("pnpm finetune report");
  cli.help(helpSummary({ cli }));
  const lines: string[] = [];
  const info = console.info;
  console.info = (text: string) => lines.push(text);
  try {
    cli.parse(["node", "finetune", ...args], { run: false });
  } finally {
    console.info = info;
  }
  return lines.join("\n");
}

describe("helpSummary", () => {
  it("returns help whose first line names the command and says what it does", () => {
    expect(helpOf(["--help"]).split("\n")[0]).toBe("finetune: Train a model");
    expect(helpOf(["report", "--help"]).split("\n")[0]).toBe("finetune report: Write training-report.html");
  });

  it("returns the program's summary first when it has no default command", () => {
    const cli = cac("hotel-intent");
    cli.command("classify [text]", "Print the intent of a guest message");
    const help = helpSummary({ cli, summary: "classify hotel guest messages" });
    expect(help([{ body: "hotel-intent" }, { title: "Usage", body: "  $ hotel-intent" }])).toEqual([
      { body: "hotel-intent: classify hotel guest messages" },
      { title: "Usage", body: "  $ hotel-intent" },
    ]);
    expect(helpSummary({ cli })([{ body: "hotel-intent" }])).toEqual([{ body: "hotel-intent" }]);
  });

  it("keeps cac's other sections: usage, options and examples", () => {
    const help = helpOf(["report", "--help"]);
    expect(help).toContain("Usage:\n  $ finetune report");
    expect(help).toContain("Examples:\npnpm finetune report");
  });
});
