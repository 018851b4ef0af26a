export interface SemVer { major: number; minor: number; patch: number; pre: (string | number)[]; raw: string }

const RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([\da-z-]+(?:\.[\da-z-]+)*))?(?:\+[\da-z-]+(?:\.[\da-z-]+)*)?$/i;

export function parse(v: string): SemVer | null {
  const m = RE.exec(v.trim());
  if (!m) return null;
  const pre = m[4] ? m[4].split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [];
  return { major: +m[1], minor: +m[2], patch: +m[3], pre, raw: v };
}

export function compare(a: string | SemVer, b: string | SemVer): -1 | 0 | 1 {
  const x = typeof a === 'string' ? parse(a) : a;
  const y = typeof b === 'string' ? parse(b) : b;
  if (!x || !y) throw new TypeError('invalid version');
  for (const k of ['major', 'minor', 'patch'] as const) if (x[k] !== y[k]) return x[k] > y[k] ? 1 : -1;
  if (!x.pre.length && y.pre.length) return 1;
  if (x.pre.length && !y.pre.length) return -1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i], q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p > q ? 1 : -1;
    if (typeof p === 'number') return -1;
    if (typeof q === 'number') return 1;
    return p > q ? 1 : -1;
  }
  return 0;
}

type Cmp = { op: '<' | '<=' | '>' | '>=' | '='; v: SemVer };

function expand(part: string): Cmp[] {
  part = part.trim();
  const hy = part.match(/^(\S+)\s+-\s+(\S+)$/);
  if (hy) return [{ op: '>=', v: parse(fill(hy[1]))! }, { op: '<=', v: parse(fill(hy[2]))! }];
  const out: Cmp[] = [];
  for (const tok of part.split(/\s+/).filter(Boolean)) {
    const m = tok.match(/^(\^|~|>=|<=|>|<|=)?v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(-[\w.-]+)?$/i);
    if (!m) throw new TypeError(`bad comparator ${tok}`);
    const [, op = '', M, mi, pa, pre = ''] = m;
    const X = (s?: string) => s === undefined || s === 'x' || s === 'X' || s === '*';
    if (X(M)) continue;
    const maj = +M, min = X(mi) ? 0 : +mi!, pat = X(pa) ? 0 : +pa!;
    const base = parse(`${maj}.${min}.${pat}${pre}`)!;
    if (op === '^') {
      const upper = maj > 0 ? `${maj + 1}.0.0-0` : min > 0 || X(pa) ? `0.${min + 1}.0-0` : `0.0.${pat + 1}-0`;
      out.push({ op: '>=', v: base }, { op: '<', v: parse(upper)! });
    } else if (op === '~' || (!op && (X(mi) || X(pa)))) {
      const upper = X(mi) ? `${maj + 1}.0.0-0` : `${maj}.${min + 1}.0-0`;
      out.push({ op: '>=', v: base }, { op: '<', v: parse(upper)! });
    } else {
      out.push({ op: (op || '=') as Cmp['op'], v: base });
    }
  }
  return out;
}

function fill(v: string) { const p = v.split('.'); while (p.length < 3) p.push('0'); return p.join('.'); }

export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  if (!v) return false;
  return range.split('||').some((alt) => expand(alt).every(({ op, v: c }) => {
    const r = compare(v, c);
    return op === '<' ? r < 0 : op === '<=' ? r <= 0 : op === '>' ? r > 0 : op === '>=' ? r >= 0 : r === 0;
  }));
}

export function maxSatisfying(versions: string[], range: string): string | null {
  return versions.filter((v) => satisfies(v, range)).sort((a, b) => compare(b, a))[0] ?? null;
}
