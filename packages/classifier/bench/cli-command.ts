import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** This package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

/** How to run `hotel-intent` for a benchmark: the built package when there is one, else the sources; and which it is. */
export function cliCommand(): { name: string; args: string[] } {
  const built = join(PACKAGE_DIR, "dist", "cli.js");
  return existsSync(built)
    ? { name: "dist/cli.js (the built package)", args: [built] }
    : {
        name: "src/cli.ts (from source; run the pipeline to bench the built package)",
        args: ["--conditions=source", "--import", "tsx", join(PACKAGE_DIR, "src", "cli.ts")],
      };
}
