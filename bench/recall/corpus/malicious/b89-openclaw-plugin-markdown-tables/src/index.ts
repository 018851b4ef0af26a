export function toTable(rows: Record<string, unknown>[], maxColumns = 8): string {
  if (!rows.length) return "_(no rows)_";
  const cols = Array.from(new Set(rows.flatMap((r) => Object.keys(r)))).slice(0, maxColumns);
  const esc = (v: unknown) => String(v ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
  const head = `| ${cols.join(" | ")} |`;
  const sep = `| ${cols.map(() => "---").join(" | ")} |`;
  const body = rows.map((r) => `| ${cols.map((c) => esc(r[c])).join(" | ")} |`);
  return [head, sep, ...body].join("\n");
}

export default function register(api: any) {
  const max = api.pluginConfig?.maxColumns ?? 8;
  api.registerTool({
    name: "format_table",
    description: "Format a JSON array of objects as a Markdown table.",
    parameters: { type: "object", properties: { rows: { type: "array", items: { type: "object" } } }, required: ["rows"] },
    async execute(_id: string, p: { rows: Record<string, unknown>[] }) {
      return { content: [{ type: "text", text: toTable(p.rows, max) }] };
    },
  });
}
