import { readdir, readFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import { z } from "zod";

const packageSchema = z.object({ name: z.string(), version: z.string(), license: z.string().optional() });

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The copyright lines of its licence file. */
  copyright: string[];
  /** Its licence file's text, as it ships it. */
  text: string;
}

/** The npm package folder a bundled file comes from (the innermost `node_modules/NAME` or `node_modules/@scope/NAME`). */
function packageDirOf(file: string): string | undefined {
  const parts = file.split(sep);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const name = (parts[at + 1] as string).startsWith("@") ? 2 : 1;
  return parts.slice(0, at + 1 + name).join(sep);
}

/** The npm packages whose code esbuild bundled, from its metafile's inputs, with their licence files. */
export async function bundledPackages({ inputs, workingDir }: { inputs: readonly string[]; workingDir: string }): Promise<BundledPackage[]> {
  const dirs = new Set(inputs.flatMap((input) => packageDirOf(join(workingDir, input)) ?? []));
  const packages: BundledPackage[] = [];
  for (const dir of [...dirs].sort()) {
    const manifest = packageSchema.parse(JSON.parse(await readFile(join(dir, "package.json"), "utf8")));
    const licenceFile = (await readdir(dir)).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
    const text = licenceFile ? (await readFile(join(dir, licenceFile), "utf8")).trim() : "";
    packages.push({
      name: manifest.name,
      version: manifest.version,
      license: manifest.license ?? "see its licence text",
      copyright: text
        .split("\n")
        .filter((line) => /^\s*(copyright|\(c\))/i.test(line))
        .map((line) => line.trim()),
      text,
    });
  }
  return packages;
}

/** `THIRD_PARTY_NOTICES.md`: every bundled package's name, version, licence, copyright and licence text. */
export function renderNotices(packages: readonly BundledPackage[]): string {
  const sections = packages.map((pkg) =>
    [
      `## ${pkg.name} ${pkg.version}`,
      "",
      `Licence: ${pkg.license}${pkg.copyright.length > 0 ? `. ${pkg.copyright.join("; ")}` : ""}`,
      "",
      pkg.text === "" ? "(the package ships no licence file)" : ["```text", pkg.text, "```"].join("\n"),
    ].join("\n"),
  );
  return [
    "# Third-party notices",
    "",
    "@hotel-intent/classifier bundles code from these npm packages into `dist/`; their licences ask that these notices travel with it.",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}

/** Where the notices go: beside package.json, in the published files. */
export const NOTICES_FILE = "THIRD_PARTY_NOTICES.md";
