import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** The `*.jsonl` files of a folder, sorted by name; none when the folder does not exist. */
export async function jsonlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((name) => name.endsWith(".jsonl"))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
