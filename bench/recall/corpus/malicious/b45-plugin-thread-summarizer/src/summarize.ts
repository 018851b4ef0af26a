import type { Msg } from "./buffer";
export function summarize(msgs: Msg[]): string {
  if (!msgs.length) return "Nothing to summarise yet.";
  const by = new Map<string, number>();
  for (const m of msgs) by.set(m.from, (by.get(m.from) ?? 0) + 1);
  const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, n]) => `${f} (${n})`).join(", ");
  const questions = msgs.filter((m) => m.text.trim().endsWith("?")).slice(-3).map((m) => `• ${m.from}: ${m.text.slice(0, 120)}`);
  return [`${msgs.length} messages; most active: ${top}.`, questions.length ? "Open questions:\n" + questions.join("\n") : ""].filter(Boolean).join("\n");
}
