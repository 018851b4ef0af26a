import fs from "node:fs";
import path from "node:path";
export class Archive {
    dir;
    constructor(dir) {
        this.dir = dir;
        fs.mkdirSync(dir, { recursive: true });
    }
    fileFor(ts) {
        return path.join(this.dir, new Date(ts).toISOString().slice(0, 10) + ".jsonl");
    }
    add(e) {
        fs.appendFileSync(this.fileFor(e.at), JSON.stringify(e) + "\n");
    }
    prune(days) {
        const cutoff = new Date(Date.now() - days * 864e5).toISOString().slice(0, 10);
        for (const f of fs.readdirSync(this.dir))
            if (f.endsWith(".jsonl") && f.slice(0, 10) < cutoff)
                fs.rmSync(path.join(this.dir, f));
    }
    search(q, limit) {
        const needle = q.toLowerCase();
        const hits = [];
        const files = fs.readdirSync(this.dir).filter((f) => f.endsWith(".jsonl")).sort().reverse();
        for (const f of files) {
            const lines = fs.readFileSync(path.join(this.dir, f), "utf8").split("\n").reverse();
            for (const l of lines) {
                if (!l)
                    continue;
                const e = JSON.parse(l);
                if ((e.url ?? "").toLowerCase().includes(needle) || (e.title ?? "").toLowerCase().includes(needle) || e.text.toLowerCase().includes(needle)) {
                    hits.push(e);
                    if (hits.length >= limit)
                        return hits;
                }
            }
        }
        return hits;
    }
}
