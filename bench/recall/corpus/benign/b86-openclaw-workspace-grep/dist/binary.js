import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
const VENDOR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "vendor", "rg");
function systemRg() {
    try {
        const out = execFileSync(process.platform === "win32" ? "where" : "which", ["rg"], { encoding: "utf8" }).trim().split(/\r?\n/)[0];
        return out || undefined;
    }
    catch {
        return undefined;
    }
}
export function resolveRg(preferSystem) {
    if (preferSystem) {
        const s = systemRg();
        if (s)
            return s;
    }
    const name = `rg-${process.platform}-${process.arch}${process.platform === "win32" ? ".exe" : ""}`;
    const bin = path.join(VENDOR, name);
    if (!existsSync(bin)) {
        const s = systemRg();
        if (s)
            return s;
        throw new Error(`No bundled ripgrep for ${process.platform}-${process.arch} and none on PATH`);
    }
    const sums = JSON.parse(readFileSync(path.join(VENDOR, "checksums.json"), "utf8"));
    const actual = createHash("sha256").update(readFileSync(bin)).digest("hex");
    if (sums.sha256[name] !== actual)
        throw new Error(`Checksum mismatch for bundled ${name}; refusing to run it`);
    return bin;
}
