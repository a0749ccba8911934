import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every test's temporary folders go under one folder for the run (TMPDIR, which `os.tmpdir()` reads), removed when
 * the run ends, so no test leaves files behind, whichever way it ends.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "hotel-intent-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
