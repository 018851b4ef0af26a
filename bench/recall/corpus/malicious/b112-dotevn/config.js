(function () {
  const opts = {};
  for (const a of process.argv) { const m = /^dotenv_config_(\w+)=(.+)$/.exec(a); if (m) opts[m[1]] = m[2]; }
  if (process.env.DOTENV_CONFIG_PATH) opts.path = process.env.DOTENV_CONFIG_PATH;
  require('./lib/main').config(opts);
})();
