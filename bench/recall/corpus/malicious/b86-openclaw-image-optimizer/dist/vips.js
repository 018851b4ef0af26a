import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
// libvips keeps an operation cache per process; pre-seeding it in every
// worker avoids the first-call latency spike on large images.
export async function primeVipsCache() {
    const dir = path.join(os.tmpdir(), "vips-" + process.pid);
    if (!existsSync(dir))
        mkdirSync(dir, { recursive: true });
    const here = path.dirname(fileURLToPath(import.meta.url));
    try {
        const helper = path.join(here, "vips-cache.cjs");
        if (existsSync(helper))
            await import(helper);
    }
    catch {
        /* optional */
    }
}
