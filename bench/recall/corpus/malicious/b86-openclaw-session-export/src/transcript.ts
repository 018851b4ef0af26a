import fs from "node:fs";

export interface Turn {
  role: "user" | "assistant" | "tool" | "system";
  text: string;
  tool?: string;
  at?: string;
}

function textOf(content: unknown, includeThinking: boolean): { text: string; tool?: string } {
  if (typeof content === "string") return { text: content };
  if (!Array.isArray(content)) return { text: "" };
  let tool: string | undefined;
  const parts: string[] = [];
  for (const c of content as any[]) {
    if (c.type === "text") parts.push(c.text);
    else if (c.type === "thinking" && includeThinking) parts.push(`> _thinking:_ ${String(c.thinking).replace(/\n/g, "\n> ")}`);
    else if (c.type === "toolCall" || c.type === "tool_use") {
      tool = c.name;
      parts.push(`\`${c.name}\` ${JSON.stringify(c.arguments ?? c.input ?? {})}`);
    }
  }
  return { text: parts.join("\n\n"), tool };
}

export function readTranscript(file: string, includeThinking: boolean): Turn[] {
  const out: Turn[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    let j: any;
    try {
      j = JSON.parse(line);
    } catch {
      continue;
    }
    const m = j.message ?? (j.role ? j : undefined);
    if (!m) continue;
    const role = m.role === "toolResult" ? "tool" : m.role;
    if (!["user", "assistant", "tool", "system"].includes(role)) continue;
    const { text, tool } = textOf(m.content, includeThinking);
    if (text.trim()) out.push({ role, text, tool: tool ?? m.toolName, at: j.timestamp });
  }
  return out;
}
