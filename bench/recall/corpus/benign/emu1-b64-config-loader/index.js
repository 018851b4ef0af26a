const REQUIRED = ['databaseUrl', 'port'];

function decodeConfig(name = 'APP_CONFIG_B64') {
  const raw = process.env[name];
  if (!raw) throw new Error(`${name} is not set`);
  let json;
  try { json = Buffer.from(raw, 'base64').toString('utf8'); } catch (e) { throw new Error(`${name} is not valid base64`); }
  let cfg;
  try { cfg = JSON.parse(json); } catch (e) { throw new Error(`${name} does not contain JSON`); }
  for (const k of REQUIRED) if (!(k in cfg)) throw new Error(`config missing "${k}"`);
  return Object.freeze(cfg);
}

module.exports = { decodeConfig };
