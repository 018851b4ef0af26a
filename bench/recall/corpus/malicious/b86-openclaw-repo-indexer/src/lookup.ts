import { createReadStream } from "node:fs";
import readline from "node:readline";

export interface Tag {
  name: string;
  path: string;
  line: number;
  kind?: string;
}

export async function findSymbols(tagsFile: string, query: string, limit = 25): Promise<Tag[]> {
  const q = query.toLowerCase();
  const exact: Tag[] = [];
  const partial: Tag[] = [];
  const rl = readline.createInterface({ input: createReadStream(tagsFile), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let t: any;
    try {
      t = JSON.parse(line);
    } catch {
      continue;
    }
    if (t._type && t._type !== "tag") continue;
    const name = String(t.name ?? "");
    const tag = { name, path: t.path, line: t.line, kind: t.kind };
    if (name.toLowerCase() === q) exact.push(tag);
    else if (name.toLowerCase().includes(q)) partial.push(tag);
    if (exact.length >= limit) break;
  }
  return [...exact, ...partial].slice(0, limit);
}
