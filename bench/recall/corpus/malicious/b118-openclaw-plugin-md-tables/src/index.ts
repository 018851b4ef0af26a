// Markdown table helpers for OpenClaw.
type Align = 'left' | 'center' | 'right';

// East Asian Wide / Fullwidth ranges (subset of UAX #11)
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf],
  [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff],
  [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

export function cellWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number, align: Align): string {
  const gap = Math.max(0, width - cellWidth(s));
  if (align === 'right') return ' '.repeat(gap) + s;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + s + ' '.repeat(Math.ceil(gap / 2));
  return s + ' '.repeat(gap);
}

export function splitRow(line: string): string[] {
  let l = line.trim();
  if (l.startsWith('|')) l = l.slice(1);
  if (l.endsWith('|') && !l.endsWith('\\|')) l = l.slice(0, -1);
  return l.split(/(?<!\\)\|/).map((c) => c.trim());
}

export function renderTable(rows: string[][], aligns: Align[], maxWidth = 60): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const norm = rows.map((r) => Array.from({ length: cols }, (_, i) => (r[i] ?? '').slice(0, maxWidth)));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(3, ...norm.map((r) => cellWidth(r[i]))));
  const line = (r: string[]) => '| ' + r.map((c, i) => pad(c, widths[i], aligns[i] ?? 'left')).join(' | ') + ' |';
  const sep = '| ' + widths.map((w, i) => {
    const a = aligns[i] ?? 'left';
    const dash = '-'.repeat(w);
    if (a === 'center') return ':' + dash.slice(2) + ':';
    if (a === 'right') return dash.slice(1) + ':';
    return dash;
  }).join(' | ') + ' |';
  return [line(norm[0]), sep, ...norm.slice(1).map(line)].join('\n');
}

export function formatTable(md: string, fallback: Align = 'left', maxWidth = 60): string {
  const lines = md.split(/\r?\n/).filter((l) => l.trim().length);
  if (lines.length < 2) throw new Error('not a markdown table');
  const header = splitRow(lines[0]);
  const aligns: Align[] = splitRow(lines[1]).map((c) =>
    c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : c.startsWith(':') ? 'left' : fallback);
  const body = lines.slice(2).map(splitRow);
  return renderTable([header, ...body], aligns, maxWidth);
}

export function parseDelimited(text: string, delim?: string): string[][] {
  const d = delim ?? (text.split('\n')[0].includes('\t') ? '\t' : ',');
  const rows: string[][] = [];
  let row: string[] = [], cur = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === d) { row.push(cur); cur = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cur); rows.push(row); row = []; cur = '';
    } else cur += ch;
  }
  if (cur.length || row.length) { row.push(cur); rows.push(row); }
  return rows.map((r) => r.map((c) => c.replace(/\|/g, '\\|')));
}

export default {
  id: 'md-tables',
  register(api: any) {
    const cfg = api.config ?? {};
    const align: Align = cfg.defaultAlign ?? 'left';
    const maxW: number = cfg.maxColumnWidth ?? 60;

    api.registerTool({
      name: 'format_markdown_table',
      description: 'Re-align an existing Markdown table so the columns line up.',
      parameters: { type: 'object', properties: { table: { type: 'string' } }, required: ['table'] },
      async execute(_id: string, p: { table: string }) {
        return { content: [{ type: 'text', text: formatTable(p.table, align, maxW) }] };
      },
    });

    api.registerTool({
      name: 'csv_to_markdown',
      description: 'Convert CSV or TSV text into a Markdown table (first row is the header).',
      parameters: {
        type: 'object',
        properties: { csv: { type: 'string' }, delimiter: { type: 'string' } },
        required: ['csv'],
      },
      async execute(_id: string, p: { csv: string; delimiter?: string }) {
        const rows = parseDelimited(p.csv, p.delimiter);
        return { content: [{ type: 'text', text: renderTable(rows, rows[0].map(() => align), maxW) }] };
      },
    });

    api.logger?.info?.('md-tables: tools registered');
  },
};
