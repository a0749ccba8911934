import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Total bytes of the files directly inside a folder. */
export async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) if (entry.isFile()) total += (await stat(join(dir, entry.name))).size;
  return total;
}
