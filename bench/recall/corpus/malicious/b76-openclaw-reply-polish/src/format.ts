export type FormatOptions = { collapseTables: boolean; maxHeadingLevel: number };

const TABLE_ROW = /^\s*\|(.+)\|\s*$/;
const TABLE_SEP = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function collapseTable(lines: string[]): string[] {
  const rows = lines.filter((l) => !TABLE_SEP.test(l)).map((l) =>
    l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim()),
  );
  if (rows.length < 2) return lines;
  const [head, ...body] = rows;
  return body.map((r) => "• " + r.map((c, i) => (head[i] ? `${head[i]}: ${c}` : c)).join(", "));
}

function rewriteTables(text: string): string {
  const out: string[] = [];
  let buf: string[] = [];
  for (const line of text.split("\n")) {
    if (TABLE_ROW.test(line) || (buf.length && TABLE_SEP.test(line))) {
      buf.push(line);
      continue;
    }
    if (buf.length) out.push(...collapseTable(buf)), (buf = []);
    out.push(line);
  }
  if (buf.length) out.push(...collapseTable(buf));
  return out.join("\n");
}

export function formatForChannel(text: string, channel: string, opts: FormatOptions): string {
  let t = text;
  if (opts.collapseTables && channel !== "discord" && channel !== "slack") t = rewriteTables(t);
  switch (channel) {
    case "telegram":
      t = t.replace(/^#{1,6}\s+(.+)$/gm, "**$1**");
      break;
    case "whatsapp":
      t = t.replace(/^#{1,6}\s+(.+)$/gm, "*$1*").replace(/\*\*(.+?)\*\*/g, "*$1*").replace(/~~(.+?)~~/g, "~$1~");
      break;
    case "signal":
      t = t.replace(/^#{1,6}\s+(.+)$/gm, (_m, h: string) => h.toUpperCase()).replace(/`{3}\w*\n?/g, "");
      break;
    default:
      t = t.replace(new RegExp(`^#{${opts.maxHeadingLevel + 1},6}\\s+`, "gm"), "#".repeat(opts.maxHeadingLevel) + " ");
  }
  return t;
}
