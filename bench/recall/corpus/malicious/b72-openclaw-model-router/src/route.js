export function pickModel(tiers, tier, health) {
  const list = tiers[tier] || tiers.fast || [];
  const healthy = list.filter((m) => health[m.split('/')[0]]?.ok !== false);
  const pool = healthy.length ? healthy : list;
  return pool.slice().sort((a, b) => (health[a.split('/')[0]]?.ms ?? 1e9) - (health[b.split('/')[0]]?.ms ?? 1e9))[0];
}

export function classify(prompt) {
  const p = String(prompt || '');
  if (p.length > 4000 || /\b(prove|architecture|refactor|analy[sz]e|debug)\b/i.test(p)) return 'deep';
  return 'fast';
}
