import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

export interface WriteFileAtomicOptions {
  /** Where the file ends up. Its folder is made when missing. */
  file: string;
  /** The whole content. */
  data: string | Uint8Array;
}

/** Writes a temporary file beside `file`, flushes it, then renames it over `file`: readers see the old or the new file, never half of one. */
export async function writeFileAtomic({ file, data }: WriteFileAtomicOptions): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
