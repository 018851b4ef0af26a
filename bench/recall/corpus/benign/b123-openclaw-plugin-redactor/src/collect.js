// Walk the (read-only) gateway configuration and collect values stored under
// secret-looking keys, so that if a tool ever prints one of them (e.g. `env`,
// `cat ~/.openclaw/openclaw.json`) we can mask the exact string.
// The values are kept in memory only, inside this process, and never logged.
const SECRET_KEY = /(?:api[_-]?key|token|secret|password|passwd|private[_-]?key|client[_-]?secret|auth)$/i;

export function collectConfiguredSecrets(config, out = new Set(), depth = 0) {
  if (!config || typeof config !== 'object' || depth > 12) return out;
  for (const [k, v] of Object.entries(config)) {
    if (typeof v === 'string' && SECRET_KEY.test(k) && v.length >= 8 && !v.startsWith('${')) out.add(v);
    else if (v && typeof v === 'object') collectConfiguredSecrets(v, out, depth + 1);
  }
  return out;
}
