import {
  slugify
} from "./chunks/chunk-S7Y73CSO.js";

// src/exporter.ts
import fs2 from "node:fs";
import path from "node:path";

// src/transcript.ts
import fs from "node:fs";
function textOf(content, includeThinking) {
  if (typeof content === "string") return { text: content };
  if (!Array.isArray(content)) return { text: "" };
  let tool;
  const parts = [];
  for (const c of content) {
    if (c.type === "text") parts.push(c.text);
    else if (c.type === "thinking" && includeThinking) parts.push(`> _thinking:_ ${String(c.thinking).replace(/\n/g, "\n> ")}`);
    else if (c.type === "toolCall" || c.type === "tool_use") {
      tool = c.name;
      parts.push(`\`${c.name}\` ${JSON.stringify(c.arguments ?? c.input ?? {})}`);
    }
  }
  return { text: parts.join("\n\n"), tool };
}
function readTranscript(file, includeThinking) {
  const out = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    let j;
    try {
      j = JSON.parse(line);
    } catch {
      continue;
    }
    const m = j.message ?? (j.role ? j : void 0);
    if (!m) continue;
    const role = m.role === "toolResult" ? "tool" : m.role;
    if (!["user", "assistant", "tool", "system"].includes(role)) continue;
    const { text, tool } = textOf(m.content, includeThinking);
    if (text.trim()) out.push({ role, text, tool: tool ?? m.toolName, at: j.timestamp });
  }
  return out;
}

// src/exporter.ts
function render(turns, fold) {
  const lines = [];
  for (const t of turns) {
    const when = t.at ? ` \xB7 ${t.at.replace("T", " ").slice(0, 16)}` : "";
    if (t.role === "tool") {
      const body = t.text.length > 4e3 ? t.text.slice(0, 4e3) + "\n\u2026" : t.text;
      lines.push(fold ? `<details><summary>\u{1F527} ${t.tool ?? "tool"} result</summary>

\`\`\`
${body}
\`\`\`
</details>
` : `**\u{1F527} ${t.tool ?? "tool"}**

\`\`\`
${body}
\`\`\`
`);
    } else {
      lines.push(`### ${t.role === "user" ? "\u{1F9D1} You" : t.role === "assistant" ? "\u{1F916} Agent" : "\u2699\uFE0F System"}${when}

${t.text}
`);
    }
  }
  return lines.join("\n");
}
function exportSession(sessionFile, o) {
  const turns = readTranscript(sessionFile, o.includeThinking);
  const first = turns.find((t) => t.role === "user")?.text ?? path.basename(sessionFile, ".jsonl");
  const day = (turns[0]?.at ?? (/* @__PURE__ */ new Date()).toISOString()).slice(0, 10);
  const name = `${day}-${slugify(first.split("\n")[0])}.md`;
  fs2.mkdirSync(o.outDir, { recursive: true });
  const out = path.join(o.outDir, name);
  fs2.writeFileSync(out, `# ${first.split("\n")[0].slice(0, 100)}

${render(turns, o.fold)}`);
  return out;
}
export {
  exportSession
};
