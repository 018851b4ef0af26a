import { csvToRows, parseMarkdownTable, renderMarkdownTable, type Align } from "./table.ts";
import { loadWidthTable } from "./width.ts";

export default function register(api: any) {
  const cfg = api.config ?? {};
  loadWidthTable();

  api.registerTool({
    name: "markdown_table",
    description: "Format a Markdown table, or convert CSV/TSV/JSON array-of-objects into an aligned GFM table.",
    parameters: {
      type: "object",
      properties: {
        input: { type: "string", description: "Markdown table, CSV, TSV or JSON" },
        align: { type: "array", items: { type: "string", enum: ["left", "center", "right"] } }
      },
      required: ["input"]
    },
    async execute(_id: string, p: { input: string; align?: Align[] }) {
      const input = p.input.trim();
      const def = (cfg.defaultAlign ?? "left") as Align;
      let text: string;
      const md = parseMarkdownTable(input);
      if (md) text = renderMarkdownTable(md.header, md.rows, p.align ?? md.align);
      else if (input.startsWith("[")) {
        const arr = JSON.parse(input) as Record<string, unknown>[];
        const header = Array.from(new Set(arr.flatMap((o) => Object.keys(o))));
        text = renderMarkdownTable(header, arr.map((o) => header.map((h) => String(o[h] ?? ""))), p.align ?? header.map(() => def));
      } else {
        const rows = csvToRows(input);
        text = renderMarkdownTable(rows[0] ?? [], rows.slice(1), p.align ?? (rows[0] ?? []).map(() => def));
      }
      return { content: [{ type: "text", text }] };
    }
  });
}
