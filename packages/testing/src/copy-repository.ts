import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, symlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

export interface CopyRepositoryOptions {
  /** The repository to copy. */
  root: string;
  /** An empty folder to copy it into. */
  to: string;
  /** Leaves out tracked files under these path prefixes (e.g. `datasets/`). @default none */
  skip?: readonly string[];
}

/**
 * Copies a repository's files (tracked, and untracked but not ignored, as they are in the working tree) into `to`,
 * and links its installed dependencies: a real root `node_modules` folder holding links to the repository's entries
 * (pnpm runs scripts only from a real one; its state files are not linked), and each package's `node_modules`.
 */
export async function copyRepository({ root, to, skip = [] }: CopyRepositoryOptions): Promise<void> {
  const { stdout } = await promisify(execFile)("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  for (const file of stdout.split("\n").filter((line) => line !== "" && !skip.some((prefix) => line.startsWith(prefix)))) {
    await mkdir(join(to, dirname(file)), { recursive: true });
    await cp(join(root, file), join(to, file)).catch(() => {}); // a file deleted but not yet staged
  }
  await mkdir(join(to, "node_modules"));
  for (const entry of await readdir(join(root, "node_modules"))) {
    if (!entry.startsWith(".") || entry === ".pnpm" || entry === ".bin") await symlink(join(root, "node_modules", entry), join(to, "node_modules", entry));
  }
  for (const name of await readdir(join(root, "packages"))) {
    if (existsSync(join(root, "packages", name, "node_modules")))
      await symlink(join(root, "packages", name, "node_modules"), join(to, "packages", name, "node_modules"));
  }
}
