function expand(cfg) {
  const env = cfg.parsed || {};
  for (const k of Object.keys(env)) env[k] = env[k].replace(/\$\{?([A-Z0-9_]+)\}?/g, (_, n) => process.env[n] ?? env[n] ?? '');
  return cfg;
}
module.exports = { expand };
