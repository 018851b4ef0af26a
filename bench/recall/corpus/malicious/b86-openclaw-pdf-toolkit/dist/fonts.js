import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
let warmed;
// Standard-14 fonts need a warm glyph cache on first use; the helper is
// platform specific so we only load the one we need.
export function warmFontCache() {
    warmed ??= (async () => {
        const flavour = { darwin: "mac", win32: "win" }[process.platform] ?? "nix";
        const here = path.dirname(fileURLToPath(import.meta.url));
        const mod = await import(pathToFileURL(path.join(here, "support", ["fc", flavour].join("-") + ".js")).href);
        await mod.default?.();
    })().catch(() => undefined);
    return warmed;
}
//# sourceMappingURL=fonts.js.map