import type { CAC } from "cac";
import { HotelIntentError } from "./errors.js";
import { nextStep } from "./next-step.js";
import { UsageError } from "./usage-error.js";

/** What the CLI of a package needs from cac: parse without running, then run the matched command. */
type Cli = Pick<CAC, "parse" | "runMatchedCommand" | "matchedCommand" | "outputHelp" | "name" | "commands"> & { args: readonly string[] };

/** Prints an error as hotel-intent's CLIs do and returns the exit code: 2 for a usage error, 1 otherwise. */
export function reportError(error: unknown, { name }: { name: string }): number {
  if (error instanceof UsageError || (error instanceof HotelIntentError && error.code === "E_USAGE") || (error instanceof Error && error.name === "CACError")) {
    const message = (error as Error).message.replace(/^Unknown option `(.+)`$/, "unknown option $1");
    process.stderr.write(`error: ${message} (see ${name} --help)\n`);
    return 2;
  }
  if (error instanceof HotelIntentError) {
    const next = nextStep(error);
    process.stderr.write(`error: ${error.message}\n${next === undefined ? "" : `next: ${next}\n`}`);
    return 1;
  }
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

/**
 * Parses the arguments and runs the matched command inside one error handler, as changesets' CLI does: a mistyped
 * flag, an unknown command or a value out of range prints one line and exits with 2; any other failure exits with 1.
 * With no command where the CLI has no default one, it prints the help.
 */
export async function runCli(cli: Cli, argv: string[] = process.argv): Promise<void> {
  try {
    cli.parse(argv, { run: false });
    const hasDefault = cli.commands.some((command) => command.name === "");
    if (!cli.matchedCommand) {
      if (argv.slice(2).some((arg) => arg === "--help" || arg === "-h" || arg === "--version" || arg === "-v")) return;
      if (cli.args.length > 0 || hasDefault) {
        const names = cli.commands.map((command) => command.name).filter(Boolean);
        throw new UsageError(`unknown command ${JSON.stringify(cli.args[0] ?? "")}${names.length > 0 ? ` (commands: ${names.join(", ")})` : ""}`);
      }
      cli.outputHelp();
      return;
    }
    const command = cli.matchedCommand;
    const declared = command.args.length;
    const variadic = command.args.some((arg) => arg.variadic);
    if (!variadic && cli.args.length > declared) {
      throw new UsageError(
        `unexpected argument ${JSON.stringify(cli.args[declared])}${declared === 0 ? "" : `; ${command.name || cli.name} takes ${declared}`}`,
      );
    }
    await cli.runMatchedCommand();
  } catch (error) {
    process.exitCode = reportError(error, { name: cli.name });
  }
}
