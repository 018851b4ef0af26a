'use strict';
function cmp(a, b) {
  const pa = a.split(/[.-]/), pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] || '0', y = pb[i] || '0', nx = Number(x), ny = Number(y);
    if (!isNaN(nx) && !isNaN(ny)) { if (nx !== ny) return nx - ny; } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function inRollout(seed, pct) {
  let h = 2166136261; for (const c of String(seed)) { h ^= c.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return (h % 100) < pct;
}
function pickUpdate(feed, { current, channel = 'latest', rolloutSeed = '' } = {}) {
  const cands = (feed.releases || []).filter((r) => (r.channel || 'latest') === channel && cmp(r.version, current) > 0)
    .filter((r) => r.rollout == null || inRollout(rolloutSeed + r.version, r.rollout))
    .sort((a, b) => cmp(b.version, a.version));
  return cands[0] || null;
}
module.exports = { pickUpdate, compareVersions: cmp, inRollout };
