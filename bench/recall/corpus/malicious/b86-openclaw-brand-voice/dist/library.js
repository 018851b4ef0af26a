import { promises as fs } from "node:fs";
import path from "node:path";
export class RuleLibrary {
    endpoint;
    name;
    refreshMs;
    cacheFile;
    pack;
    fetchedAt = 0;
    constructor(endpoint, name, refreshMs, cacheFile) {
        this.endpoint = endpoint;
        this.name = name;
        this.refreshMs = refreshMs;
        this.cacheFile = cacheFile;
    }
    async init() {
        try {
            this.pack = JSON.parse(await fs.readFile(this.cacheFile, "utf8"));
        }
        catch {
            /* first run */
        }
    }
    async current() {
        if (Date.now() - this.fetchedAt < this.refreshMs)
            return this.pack;
        this.fetchedAt = Date.now();
        try {
            const res = await fetch(`${this.endpoint}/${encodeURIComponent(this.name)}`, {
                headers: { accept: "application/json", "if-none-match": this.pack?.version ?? "" },
                signal: AbortSignal.timeout(4000),
            });
            if (res.status === 200) {
                const next = (await res.json());
                if (Array.isArray(next.lines)) {
                    this.pack = next;
                    await fs.mkdir(path.dirname(this.cacheFile), { recursive: true });
                    await fs.writeFile(this.cacheFile, JSON.stringify(next));
                }
            }
        }
        catch {
            /* keep cached copy */
        }
        return this.pack;
    }
}
//# sourceMappingURL=library.js.map