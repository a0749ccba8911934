import cliProgress from "cli-progress";
import type { Progress, ProgressMode } from "./progress.js";
import { progressMode } from "./progress-mode.js";

/** The part of a stream progress writes to: process.stderr, or a test's stand-in. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CreateProgressOptions {
  /** `--quiet`: show nothing at all. @default false */
  quiet?: boolean;
  /** Force a mode instead of choosing from the stream and `CI`. @default progressMode({ quiet, stream }) */
  mode?: ProgressMode;
  /** Where progress goes. Never stdout, which belongs to machine output. @default process.stderr */
  stream?: ProgressStream;
  /** In `lines` mode, the least time between two progress lines. @default 5000 */
  intervalMs?: number;
  /** Milliseconds clock, for tests. @default Date.now */
  now?: () => number;
}

/** Shows nothing: the default of every function that takes a `progress` option. */
export const silentProgress: Progress = { mode: "silent", start() {}, tick() {}, update() {}, log() {}, stop() {} };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function countText(value: number, total: number | undefined): string {
  if (total === undefined) return String(value);
  const share = total > 0 ? Math.floor((Math.min(value, total) / total) * 100) : 100;
  return `${value}/${total} (${share}%)`;
}

/**
 * A {@link Progress} for a command: a cli-progress bar on a terminal (the bar is redrawn in place, log lines appear
 * above it), plain `label: 120/679 (17%) detail` lines at most every `intervalMs` when the stream is not a terminal
 * or `CI` is set, and nothing with `quiet`.
 */
export function createProgress({ quiet = false, mode, stream = process.stderr, intervalMs = 5000, now = Date.now }: CreateProgressOptions = {}): Progress {
  const chosen = mode ?? progressMode({ quiet, stream });
  if (chosen === "silent") return silentProgress;
  return chosen === "bar" ? createBarProgress(stream) : createLinesProgress({ stream, intervalMs, now });
}

interface Task {
  label: string;
  total: number | undefined;
  value: number;
  detail: string;
  startedAt: number;
}

function createLinesProgress({ stream, intervalMs, now }: { stream: ProgressStream; intervalMs: number; now: () => number }): Progress {
  let task: Task | undefined;
  let printedAt = 0;
  const line = (current: Task) => `${current.label}: ${countText(current.value, current.total)}${current.detail ? ` ${current.detail}` : ""}\n`;
  const maybePrint = () => {
    if (task === undefined || now() - printedAt < intervalMs) return;
    printedAt = now();
    stream.write(line(task));
  };
  const progress: Progress = {
    mode: "lines",
    start(label, total) {
      progress.stop();
      task = { label, total, value: 0, detail: "", startedAt: now() };
      printedAt = now();
      stream.write(`${label}: started${total === undefined ? "" : ` (${total})`}\n`);
    },
    tick(by = 1, detail) {
      if (task === undefined) return;
      progress.update(task.value + by, detail);
    },
    update(value, detail) {
      if (task === undefined) return;
      task.value = value;
      if (detail !== undefined) task.detail = detail;
      maybePrint();
    },
    log(text) {
      stream.write(`${text}\n`);
    },
    stop() {
      if (task === undefined) return;
      const { label, value, total, detail, startedAt } = task;
      task = undefined;
      stream.write(`${label}: done, ${countText(value, total)}${detail ? ` ${detail}` : ""} in ${seconds(now() - startedAt)}\n`);
    },
  };
  return progress;
}

function createBarProgress(stream: ProgressStream): Progress {
  let bars: cliProgress.MultiBar | undefined;
  let bar: cliProgress.SingleBar | undefined;
  let value = 0;
  const progress: Progress = {
    mode: "bar",
    start(label, total) {
      progress.stop();
      const known = total !== undefined;
      bars = new cliProgress.MultiBar({
        stream: stream as NodeJS.WritableStream,
        format: known ? "{label} [{bar}] {value}/{total} {percentage}% ({duration_formatted}) {detail}" : "{label} ({duration_formatted}) {detail}",
        // no hidden cursor and no SIGINT handler: Ctrl-C must still end the process and leave the terminal as it was
        etaBuffer: 50,
        barsize: 20,
      });
      value = 0;
      bar = bars.create(total ?? 0, 0, { label, detail: "" });
    },
    tick(by = 1, detail) {
      progress.update(value + by, detail);
    },
    update(next, detail) {
      value = next;
      bar?.update(next, detail === undefined ? {} : { detail });
    },
    log(text) {
      if (bars === undefined) stream.write(`${text}\n`);
      else {
        bars.log(`${text}\n`);
        bars.update();
      }
    },
    stop() {
      bars?.stop();
      bars = undefined;
      bar = undefined;
    },
  };
  return progress;
}
