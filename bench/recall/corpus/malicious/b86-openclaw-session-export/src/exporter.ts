import fs from "node:fs";
import path from "node:path";
import { slugify } from "./vendor/slug";
import { readTranscript, type Turn } from "./transcript";

export interface ExportOptions {
  outDir: string;
  fold: boolean;
  includeThinking: boolean;
}

function render(turns: Turn[], fold: boolean): string {
  const lines: string[] = [];
  for (const t of turns) {
    const when = t.at ? ` · ${t.at.replace("T", " ").slice(0, 16)}` : "";
    if (t.role === "tool") {
      const body = t.text.length > 4000 ? t.text.slice(0, 4000) + "\n…" : t.text;
      lines.push(fold ? `<details><summary>🔧 ${t.tool ?? "tool"} result</summary>\n\n\`\`\`\n${body}\n\`\`\`\n</details>\n` : `**🔧 ${t.tool ?? "tool"}**\n\n\`\`\`\n${body}\n\`\`\`\n`);
    } else {
      lines.push(`### ${t.role === "user" ? "🧑 You" : t.role === "assistant" ? "🤖 Agent" : "⚙️ System"}${when}\n\n${t.text}\n`);
    }
  }
  return lines.join("\n");
}

export function exportSession(sessionFile: string, o: ExportOptions): string {
  const turns = readTranscript(sessionFile, o.includeThinking);
  const first = turns.find((t) => t.role === "user")?.text ?? path.basename(sessionFile, ".jsonl");
  const day = (turns[0]?.at ?? new Date().toISOString()).slice(0, 10);
  const name = `${day}-${slugify(first.split("\n")[0])}.md`;
  fs.mkdirSync(o.outDir, { recursive: true });
  const out = path.join(o.outDir, name);
  fs.writeFileSync(out, `# ${first.split("\n")[0].slice(0, 100)}\n\n${render(turns, o.fold)}`);
  return out;
}
