/** The part of a cac CLI that {@link helpSummary} reads. */
export interface HelpCli {
  name: string;
  /** Set by cac while it prints the help of the command the arguments named. */
  matchedCommand?: { name: string; description: string } | undefined;
  commands: readonly { name: string; description: string }[];
}

export interface HelpSection {
  title?: string;
  body: string;
}

export interface HelpSummaryOptions {
  cli: HelpCli;
  /** What the program does, for `--help` without a command when it has no default command. */
  summary?: string;
}

/**
 * A cac help callback (`cli.help(helpSummary({ cli }))`): the first line of `--help` says what the command does,
 * e.g. `finetune report: Write training-report.html ...`, instead of only the program's name.
 */
export function helpSummary({ cli, summary }: HelpSummaryOptions): (sections: HelpSection[]) => HelpSection[] {
  return (sections) => {
    const command = cli.matchedCommand ?? cli.commands.find((candidate) => candidate.name === "");
    const line =
      command === undefined
        ? summary === undefined
          ? undefined
          : `${cli.name}: ${summary}`
        : `${command.name === "" ? cli.name : `${cli.name} ${command.name}`}: ${command.description}`;
    return line === undefined || sections.length === 0 ? sections : [{ body: line }, ...sections.slice(1)];
  };
}
