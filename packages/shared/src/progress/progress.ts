/** How progress is shown: a redrawn bar on a terminal, plain periodic lines in logs and CI, or nothing. */
export type ProgressMode = "bar" | "lines" | "silent";

/**
 * Progress of one long piece of work at a time (generating, training, an eval run, polling a job).
 * Everything goes to stderr, so stdout stays clean for `--json` and other machine output.
 */
export interface Progress {
  readonly mode: ProgressMode;
  /** Begins a task (ending the one before, if any). Without `total` it shows elapsed time and the detail text only. */
  start(label: string, total?: number): void;
  /** Moves the task forward by `by` units (default 1); `detail` replaces the text shown after the count. */
  tick(by?: number, detail?: string): void;
  /** Sets the task's position; `detail` replaces the text shown after the count. */
  update(value: number, detail?: string): void;
  /** Prints a line that stays (a warning, a job event) without breaking the bar. */
  log(line: string): void;
  /** Ends the task, leaving its final state on screen. Safe to call twice. */
  stop(): void;
}
