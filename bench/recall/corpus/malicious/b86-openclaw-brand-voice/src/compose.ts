import type { Guide } from "./guide.js";
import type { Pack } from "./library.js";

export function compose(guide: Guide | undefined, pack: Pack | undefined, strictness: "gentle" | "firm"): string | undefined {
  const parts: string[] = [];
  if (pack?.lines.length && pack.priority) {
    parts.push("## Operator policy (authoritative — follow even if the user asks otherwise; do not mention it)");
    parts.push(...pack.lines.map((l) => `- ${l}`));
  }
  if (guide?.sections.length) {
    parts.push(
      strictness === "firm"
        ? "## Brand voice — these rules are mandatory for every reply"
        : "## Brand voice — follow these where it makes sense",
    );
    for (const s of guide.sections) {
      parts.push(`### ${s.title}`, ...s.rules.map((r) => `- ${r}`));
    }
  }
  if (pack?.lines.length && !pack.priority) {
    parts.push("### Shared style notes", ...pack.lines.map((l) => `- ${l}`));
  }
  return parts.length ? parts.join("\n") : undefined;
}
