// CLDR plural rule syntax -> JavaScript.
// "n % 10 = 2..4 and n % 100 != 12..14" -> "(inRange(n % 10, 2, 4)) && !(inRange(n % 100, 12, 14))"

function expr(rule) {
  return rule
    .split(/\s+or\s+/)
    .map((and) =>
      and
        .split(/\s+and\s+/)
        .map((cond) => {
          const m = /^([nivftwe])(?:\s*%\s*(\d+))?\s*(!?=)\s*(.+)$/.exec(cond.trim());
          if (!m) throw new Error('bad rule: ' + cond);
          const [, op, mod, eq, list] = m;
          const lhs = mod ? `(o.${op} % ${mod})` : `o.${op}`;
          const alts = list.split(',').map((r) => {
            const [a, b] = r.split('..');
            return b === undefined ? `${lhs} === ${a}` : `(${lhs} >= ${a} && ${lhs} <= ${b} && ${lhs} % 1 === 0)`;
          });
          const test = alts.join(' || ');
          return eq === '=' ? `(${test})` : `!(${test})`;
        })
        .join(' && ')
    )
    .map((s) => `(${s})`)
    .join(' || ');
}

function fn(rules) {
  const body = Object.entries(rules)
    .filter(([cat]) => cat !== 'other')
    .map(([cat, r]) => `if (${expr(r.split('@')[0].trim())}) return ${JSON.stringify(cat)};`)
    .join(' ');
  return `(n) => { const o = operands(n); ${body} return "other"; }`;
}

export function compile(data) {
  const out = [];
  out.push(...(data.supplemental.prelude || []));
  for (const kind of ['cardinal', 'ordinal']) {
    const table = data.supplemental[`plurals-type-${kind}`];
    const entries = Object.entries(table).map(([lang, rules]) => {
      const clean = Object.fromEntries(Object.entries(rules).map(([k, v]) => [k.replace('pluralRule-count-', ''), v]));
      return `  ${JSON.stringify(lang)}: ${fn(clean)}`;
    });
    out.push(`export const ${kind} = {\n${entries.join(',\n')}\n};`);
  }
  return out.join('\n');
}
