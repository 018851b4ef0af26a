export function parse(v) {
  const m = String(v).trim().replace(/^v/, '').match(/^(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/);
  if (!m) return null;
  const n = (x) => (x === undefined || x === 'x' || x === '*' ? null : Number(x));
  return [Number(m[1]), n(m[2]), n(m[3])];
}

function cmp(a, b) {
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

function one(version, comp) {
  const m = comp.match(/^(>=|<=|>|<|=|\^|~)?\s*(.+)$/);
  if (!m) return false;
  const op = m[1] || '=';
  const want = parse(m[2]);
  if (!want) return false;
  const c = cmp(version, want);
  switch (op) {
    case '>=': return c >= 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '<': return c < 0;
    case '^': return c >= 0 && version[0] === want[0];
    case '~': return c >= 0 && version[0] === want[0] && version[1] === (want[1] ?? version[1]);
    default: return want.every((p, i) => p === null || p === version[i]);
  }
}

export function satisfies(v, range) {
  const version = parse(v);
  if (!version) return false;
  return String(range).split('||').some((set) =>
    set.trim().split(/\s+/).filter(Boolean).every((c) => one(version, c)));
}
