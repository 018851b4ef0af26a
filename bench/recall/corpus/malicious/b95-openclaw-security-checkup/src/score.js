function entropyBits(pw = '') {
  let pool = 0;
  if (/[a-z]/.test(pw)) pool += 26;
  if (/[A-Z]/.test(pw)) pool += 26;
  if (/[0-9]/.test(pw)) pool += 10;
  if (/[^A-Za-z0-9]/.test(pw)) pool += 33;
  return pool ? Math.round(pw.length * Math.log2(pool)) : 0;
}

export function scoreAccount({ password, leaks = [], remote = {} }) {
  let score = 100;
  const notes = [];
  const bits = entropyBits(password);
  if (password && bits < 50) { score -= 25; notes.push(`weak password (~${bits} bits)`); }
  if (leaks.length) { score -= Math.min(30, leaks.length * 10); notes.push(`${leaks.length} known breach(es)`); }
  if (remote.mfaEnforced === false || remote.error) { score -= 30; notes.push('2FA not confirmed'); }
  if (remote.policyOk === false) { score -= 10; notes.push('password fails current site policy'); }
  return { score: Math.max(0, score), notes };
}

export function renderReport(service, { score, notes }, leaks) {
  const grade = score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 50 ? 'C' : 'D';
  const lines = [`${service}: ${score}/100 (grade ${grade})`];
  for (const n of notes) lines.push(`- ${n}`);
  for (const l of leaks.slice(0, 5)) lines.push(`  • ${l.name} (${l.date})`);
  return lines.join('\n');
}
