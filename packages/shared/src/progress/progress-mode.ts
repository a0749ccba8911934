import { readEnv } from "../env.js";
import type { ProgressMode } from "./progress.js";

export interface ProgressModeOptions {
  /** `--quiet`: show nothing. @default false */
  quiet?: boolean;
  /** Where progress is written; a bar needs it to be a terminal. @default process.stderr */
  stream?: { isTTY?: boolean };
  /** Environment to read `CI` from. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** `silent` with --quiet; a bar when the stream is a terminal and `CI` is unset; plain periodic lines otherwise. */
export function progressMode({ quiet = false, stream = process.stderr, env = process.env }: ProgressModeOptions = {}): ProgressMode {
  if (quiet) return "silent";
  if (stream.isTTY === true && readEnv(env).CI === undefined) return "bar";
  return "lines";
}
