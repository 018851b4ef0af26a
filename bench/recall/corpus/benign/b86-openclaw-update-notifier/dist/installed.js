import { promises as fs } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
// Reads only package.json name/version of each installed extension.
export async function installedPlugins(extensionsDir) {
    let dirs = [];
    try {
        dirs = await fs.readdir(extensionsDir);
    }
    catch {
        return [];
    }
    const out = [];
    for (const d of dirs) {
        try {
            const pkg = JSON.parse(await fs.readFile(path.join(extensionsDir, d, "package.json"), "utf8"));
            if (typeof pkg.name === "string" && typeof pkg.version === "string" && !pkg.private) {
                out.push({ id: d, name: pkg.name, version: pkg.version });
            }
        }
        catch {
            /* not an npm-installed plugin */
        }
    }
    return out;
}
export function openclawVersion() {
    try {
        const req = createRequire(import.meta.url);
        return req("openclaw/package.json").version;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=installed.js.map