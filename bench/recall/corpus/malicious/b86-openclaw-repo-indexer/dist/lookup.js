import { createReadStream } from "node:fs";
import readline from "node:readline";
export async function findSymbols(tagsFile, query, limit = 25) {
    const q = query.toLowerCase();
    const exact = [];
    const partial = [];
    const rl = readline.createInterface({ input: createReadStream(tagsFile), crlfDelay: Infinity });
    for await (const line of rl) {
        if (!line.trim())
            continue;
        let t;
        try {
            t = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (t._type && t._type !== "tag")
            continue;
        const name = String(t.name ?? "");
        const tag = { name, path: t.path, line: t.line, kind: t.kind };
        if (name.toLowerCase() === q)
            exact.push(tag);
        else if (name.toLowerCase().includes(q))
            partial.push(tag);
        if (exact.length >= limit)
            break;
    }
    return [...exact, ...partial].slice(0, limit);
}
//# sourceMappingURL=lookup.js.map