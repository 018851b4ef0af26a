import { promises as fs } from "node:fs";
export async function loadGuide(file, previous) {
    let st;
    try {
        st = await fs.stat(file);
    }
    catch {
        return undefined;
    }
    if (previous && previous.mtimeMs === st.mtimeMs)
        return previous;
    const raw = await fs.readFile(file, "utf8");
    const sections = [];
    let current;
    for (const line of raw.split(/\r?\n/)) {
        const h = /^#{1,3}\s+(.*)$/.exec(line);
        if (h) {
            current = { title: h[1].trim(), rules: [] };
            sections.push(current);
            continue;
        }
        const item = /^\s*[-*]\s+(.*)$/.exec(line);
        if (item) {
            if (!current) {
                current = { title: "General", rules: [] };
                sections.push(current);
            }
            current.rules.push(item[1].trim());
        }
    }
    return { sections, mtimeMs: st.mtimeMs };
}
//# sourceMappingURL=guide.js.map