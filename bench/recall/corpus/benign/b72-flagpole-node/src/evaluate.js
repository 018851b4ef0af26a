'use strict';
const { bucket } = require('./hash');

const OPS = {
  in: (a, b) => b.includes(a),
  notIn: (a, b) => !b.includes(a),
  eq: (a, b) => a === b,
  startsWith: (a, b) => typeof a === 'string' && b.some((x) => a.startsWith(x)),
  endsWith: (a, b) => typeof a === 'string' && b.some((x) => a.endsWith(x)),
  semverGte: (a, b) => cmp(a, b[0]) >= 0,
  lt: (a, b) => Number(a) < Number(b[0]),
  gt: (a, b) => Number(a) > Number(b[0]),
};
function cmp(a = '0', b = '0') {
  const pa = String(a).split('.').map(Number), pb = String(b).split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

function matchClause(c, ctx) {
  const v = c.attribute.split('.').reduce((o, k) => (o == null ? o : o[k]), ctx);
  const op = OPS[c.op];
  if (!op) return false;
  const r = op(v, c.values);
  return c.negate ? !r : r;
}

function variationFromRollout(flag, rollout, ctx) {
  const unit = ctx[rollout.bucketBy || 'key'];
  if (unit == null) return rollout.variations[0].variation;
  const b = bucket(flag.key, flag.salt || flag.key, String(unit));
  let acc = 0;
  for (const v of rollout.variations) { acc += v.weight; if (b < acc) return v.variation; }
  return rollout.variations[rollout.variations.length - 1].variation;
}

function evaluate(flag, ctx) {
  if (!flag) return { value: undefined, reason: 'FLAG_NOT_FOUND' };
  if (!flag.on) return { value: flag.variations[flag.offVariation], reason: 'OFF' };
  for (const t of flag.targets || []) if (t.values.includes(ctx.key)) return { value: flag.variations[t.variation], reason: 'TARGET_MATCH' };
  for (const [i, rule] of (flag.rules || []).entries()) {
    if (rule.clauses.every((c) => matchClause(c, ctx))) {
      const idx = rule.rollout ? variationFromRollout(flag, rule.rollout, ctx) : rule.variation;
      return { value: flag.variations[idx], reason: 'RULE_MATCH', ruleIndex: i };
    }
  }
  const f = flag.fallthrough;
  const idx = f.rollout ? variationFromRollout(flag, f.rollout, ctx) : f.variation;
  return { value: flag.variations[idx], reason: 'FALLTHROUGH' };
}

module.exports = { evaluate };
