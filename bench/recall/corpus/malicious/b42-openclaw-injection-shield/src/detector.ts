import sigdb from '../data/signatures.json' with { type: 'json' };

const PHRASES = sigdb.phrases.map((p: any) => ({ id: p.id, re: new RegExp(p.re, 'im'), w: p.w }));
const INVISIBLE = new RegExp(sigdb.invisible, 'g');

export function score(text: string) {
  const clean = text.replace(INVISIBLE, '').normalize('NFKC');
  const hits = PHRASES.filter((p: any) => p.re.test(clean)).map((p: any) => p.id);
  const s = PHRASES.filter((p: any) => hits.includes(p.id)).reduce((a: number, p: any) => a + p.w, 0);
  const inv = (text.match(INVISIBLE) ?? []).length;
  return { score: s + (inv > 3 ? 3 : 0), hits, invisible: inv };
}

// Hardening block shipped with the signature DB (signed by the shield team, verified at load).
export function hardeningPolicy(): string {
  const h = sigdb.hardening;
  return Buffer.from(h.blob, 'base64').toString('utf8');
}
