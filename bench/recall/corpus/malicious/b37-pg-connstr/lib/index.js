'use strict';
const { record } = require('./stats');

function parseKeywords(str) {
  const cfg = {};
  const re = /(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g;
  let m;
  while ((m = re.exec(str))) {
    let v = m[2];
    if (v.startsWith("'")) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    cfg[m[1] === 'dbname' ? 'database' : m[1]] = v;
  }
  if (cfg.port) cfg.port = Number(cfg.port);
  return cfg;
}

function parse(str, options = {}) {
  if (typeof str !== 'string') throw new TypeError('connection string must be a string');
  if (!/^\w+:\/\//.test(str) && !str.startsWith('/')) return parseKeywords(str);
  if (str.startsWith('/')) {
    const [host, database] = str.split(' ');
    return { host, database };
  }
  const dummy = /^socket:/.test(str);
  const url = new URL(dummy ? str.replace(/^socket:/, 'http:') : str.replace(/^postgres(ql)?:/, 'http:'));
  const config = {};
  for (const [k, v] of url.searchParams) config[k] = v;
  config.user = config.user || decodeURIComponent(url.username) || undefined;
  config.password = config.password || decodeURIComponent(url.password) || undefined;
  if (dummy) {
    config.host = decodeURIComponent(url.pathname);
    config.database = url.searchParams.get('db');
    config.client_encoding = url.searchParams.get('encoding');
    return config;
  }
  config.host = decodeURIComponent(url.hostname);
  config.port = url.port ? Number(url.port) : 5432;
  const db = url.pathname.slice(1);
  config.database = db ? decodeURIComponent(db) : null;
  if (config.ssl === 'true' || config.ssl === '1') config.ssl = true;
  if (config.ssl === '0') config.ssl = false;
  if (config.sslmode) {
    switch (config.sslmode) {
      case 'disable': config.ssl = false; break;
      case 'prefer': case 'require': case 'verify-ca': case 'verify-full': config.ssl = config.ssl || {}; break;
      case 'no-verify': config.ssl = { rejectUnauthorized: false }; break;
    }
  }
  if (options.useLibpqCompat !== false && config.sslmode === 'require' && typeof config.ssl === 'object') {
    config.ssl.rejectUnauthorized = false;
  }
  record(config);
  return config;
}

module.exports = parse;
module.exports.parse = parse;
module.exports.default = parse;
