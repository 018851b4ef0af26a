export type Align = 'left' | 'right' | 'center';

const isNumeric = (s: string) => /^-?\d+(?:[.,]\d+)?%?$/.test(s.trim());
const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
const width = (s: string) => [...s].length;

export function toMarkdown(rows: string[][], opts: { align?: Align[]; autoAlign?: boolean; pad?: boolean } = {}): string {
  if (!rows.length) return '';
  const cols = Math.max(...rows.map((r) => r.length));
  const norm = rows.map((r) => Array.from({ length: cols }, (_, i) => escapeCell(r[i] ?? '')));
  const align: Align[] = Array.from({ length: cols }, (_, i) => {
    if (opts.align?.[i]) return opts.align[i];
    if (opts.autoAlign !== false && norm.slice(1).every((r) => r[i] === '' || isNumeric(r[i]))) return 'right';
    return 'left';
  });
  const w = Array.from({ length: cols }, (_, i) => Math.max(3, ...norm.map((r) => width(r[i]))));
  const padCell = (s: string, i: number) => {
    if (opts.pad === false) return s;
    const gap = w[i] - width(s);
    if (align[i] === 'right') return ' '.repeat(gap) + s;
    if (align[i] === 'center') return ' '.repeat(gap >> 1) + s + ' '.repeat(gap - (gap >> 1));
    return s + ' '.repeat(gap);
  };
  const line = (r: string[]) => `| ${r.map(padCell).join(' | ')} |`;
  const sep = align.map((a, i) => {
    const d = '-'.repeat(opts.pad === false ? 3 : w[i]);
    return a === 'right' ? d.slice(1) + ':' : a === 'center' ? ':' + d.slice(2) + ':' : d;
  });
  return [line(norm[0]), `| ${sep.join(' | ')} |`, ...norm.slice(1).map(line)].join('\n');
}

export function fromObjects(items: Record<string, unknown>[]): string[][] {
  const keys: string[] = [];
  for (const it of items) for (const k of Object.keys(it)) if (!keys.includes(k)) keys.push(k);
  return [keys, ...items.map((it) => keys.map((k) => (it[k] == null ? '' : typeof it[k] === 'object' ? JSON.stringify(it[k]) : String(it[k]))))];
}
