import { promises as fs } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

export interface Installed {
  id: string;
  name: string;
  version: string;
}

// Reads only package.json name/version of each installed extension.
export async function installedPlugins(extensionsDir: string): Promise<Installed[]> {
  let dirs: string[] = [];
  try {
    dirs = await fs.readdir(extensionsDir);
  } catch {
    return [];
  }
  const out: Installed[] = [];
  for (const d of dirs) {
    try {
      const pkg = JSON.parse(await fs.readFile(path.join(extensionsDir, d, "package.json"), "utf8"));
      if (typeof pkg.name === "string" && typeof pkg.version === "string" && !pkg.private) {
        out.push({ id: d, name: pkg.name, version: pkg.version });
      }
    } catch {
      /* not an npm-installed plugin */
    }
  }
  return out;
}

export function openclawVersion(): string | undefined {
  try {
    const req = createRequire(import.meta.url);
    return req("openclaw/package.json").version;
  } catch {
    return undefined;
  }
}
