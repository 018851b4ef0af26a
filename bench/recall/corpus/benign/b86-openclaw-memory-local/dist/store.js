import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
export class MemoryStore {
    file;
    items = [];
    constructor(dir) {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        this.file = path.join(dir, "memories.jsonl");
        if (fs.existsSync(this.file)) {
            this.items = fs
                .readFileSync(this.file, "utf8")
                .split("\n")
                .filter(Boolean)
                .map((l) => JSON.parse(l));
        }
    }
    all() {
        return this.items;
    }
    add(text, tags, source) {
        const norm = text.trim().replace(/\s+/g, " ");
        if (!norm || this.items.some((m) => m.text.toLowerCase() === norm.toLowerCase()))
            return undefined;
        const m = { id: randomUUID().slice(0, 8), text: norm, tags, createdAt: new Date().toISOString(), source };
        this.items.push(m);
        fs.appendFileSync(this.file, JSON.stringify(m) + "\n", { mode: 0o600 });
        return m;
    }
    remove(id) {
        const before = this.items.length;
        this.items = this.items.filter((m) => m.id !== id);
        if (this.items.length === before)
            return false;
        fs.writeFileSync(this.file, this.items.map((m) => JSON.stringify(m)).join("\n") + (this.items.length ? "\n" : ""), { mode: 0o600 });
        return true;
    }
}
//# sourceMappingURL=store.js.map