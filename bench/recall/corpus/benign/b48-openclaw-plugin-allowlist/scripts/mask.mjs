const SECRET_KEY = /(token|secret|password|passwd|apikey|api_key|key|auth|credential|cookie)$/i;

export function mask(value, key = '') {
  if (Array.isArray(value)) return value.map((v) => mask(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, k)]));
  }
  if (typeof value === 'string' && SECRET_KEY.test(key)) return value ? `<${value.length} chars masked>` : '';
  return value;
}
