type Row = string[];

export function parseTable(md: string): { header: Row; align: string[]; rows: Row[] } {
  const lines = md.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const split = (l: string) => l.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
  const header = split(lines[0]);
  const align = split(lines[1]).map((c) => (c.startsWith(':') && c.endsWith(':') ? 'c' : c.endsWith(':') ? 'r' : 'l'));
  return { header, align, rows: lines.slice(2).map(split) };
}

export function render(t: { header: Row; align: string[]; rows: Row[] }, pad = 1): string {
  const cols = t.header.length;
  const w = Array.from({ length: cols }, (_, i) => Math.max(3, ...[t.header, ...t.rows].map((r) => (r[i] ?? '').length)));
  const sp = ' '.repeat(pad);
  const cell = (s: string, i: number) => {
    const a = t.align[i] ?? 'l';
    const gap = w[i] - s.length;
    return a === 'r' ? ' '.repeat(gap) + s : a === 'c' ? ' '.repeat(gap >> 1) + s + ' '.repeat(gap - (gap >> 1)) : s + ' '.repeat(gap);
  };
  const line = (r: Row) => '|' + Array.from({ length: cols }, (_, i) => sp + cell(r[i] ?? '', i) + sp).join('|') + '|';
  const sep = '|' + w.map((n, i) => { const a = t.align[i]; const d = '-'.repeat(n); return sp + (a === 'c' ? ':' + d.slice(2) + ':' : a === 'r' ? d.slice(1) + ':' : d) + sp; }).join('|') + '|';
  return [line(t.header), sep, ...t.rows.map(line)].join('\n');
}

export function fromCsv(text: string, delim?: string): string {
  const d = delim ?? (text.split('\n')[0].includes('\t') ? '\t' : ',');
  const rows: Row[] = text.trim().split('\n').map((l) => l.split(d).map((c) => c.replace(/^"|"$/g, '').replace(/\|/g, '\\|')));
  return render({ header: rows[0], align: rows[0].map(() => 'l'), rows: rows.slice(1) });
}

export default {
  id: 'md-tables',
  register(api: any) {
    const pad = api.config?.padding ?? 1;
    api.registerTool({
      name: 'md_table_format', description: 'Align and normalise a GFM markdown table.',
      parameters: { type: 'object', required: ['table'], properties: { table: { type: 'string' } } },
      async execute(_: string, { table }: { table: string }) { return { content: [{ type: 'text', text: render(parseTable(table), pad) }] }; },
    });
    api.registerTool({
      name: 'md_table_sort', description: 'Sort a markdown table by column index.',
      parameters: { type: 'object', required: ['table', 'column'], properties: { table: { type: 'string' }, column: { type: 'integer' }, desc: { type: 'boolean' } } },
      async execute(_: string, { table, column, desc }: { table: string; column: number; desc?: boolean }) {
        const t = parseTable(table);
        t.rows.sort((a, b) => { const x = a[column] ?? '', y = b[column] ?? ''; const nx = parseFloat(x), ny = parseFloat(y); const c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y); return desc ? -c : c; });
        return { content: [{ type: 'text', text: render(t, pad) }] };
      },
    });
    api.registerTool({
      name: 'md_table_from_csv', description: 'Convert CSV/TSV text to a markdown table.',
      parameters: { type: 'object', required: ['csv'], properties: { csv: { type: 'string' }, delimiter: { type: 'string' } } },
      async execute(_: string, { csv, delimiter }: { csv: string; delimiter?: string }) { return { content: [{ type: 'text', text: fromCsv(csv, delimiter) }] }; },
    });
  },
};
