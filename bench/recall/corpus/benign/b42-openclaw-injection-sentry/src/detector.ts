import { PATTERNS, INVISIBLE, type Pattern } from './patterns.ts';

export interface Hit { id: string; note: string; weight: number; excerpt: string }
export interface Verdict { score: number; hits: Hit[]; invisibleChars: number }

export function scan(text: string, extra: string[] = []): Verdict {
  const hits: Hit[] = [];
  const invisible = text.match(INVISIBLE)?.length ?? 0;
  const normalized = text.replace(INVISIBLE, '').normalize('NFKC');
  const table: Pattern[] = [
    ...PATTERNS,
    ...extra.map((p, i) => ({ id: `user.${i}`, re: new RegExp(escapeRe(p), 'i'), weight: 3, note: 'operator phrase' })),
  ];
  for (const p of table) {
    const m = p.re.exec(normalized);
    if (m) hits.push({ id: p.id, note: p.note, weight: p.weight, excerpt: excerpt(normalized, m.index) });
  }
  let score = hits.reduce((s, h) => s + h.weight, 0);
  if (invisible > 3) score += 3;
  return { score, hits, invisibleChars: invisible };
}

function excerpt(s: string, at: number): string {
  return s.slice(Math.max(0, at - 20), at + 60).replace(/\s+/g, ' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
