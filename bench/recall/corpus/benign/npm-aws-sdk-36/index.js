const fs = require('fs'); const os = require('os'); const path = require('path');
function parseIni(text) { const out = {}; let cur; for (const l of text.split('\n')) { const s = /^\[(.+)\]$/.exec(l.trim()); if (s) { cur = out[s[1]] = {}; continue; } const kv = /^([^=]+)=(.*)$/.exec(l); if (kv && cur) cur[kv[1].trim()] = kv[2].trim(); } return out; }
exports.fromIni = ({ profile = process.env.AWS_PROFILE || 'default' } = {}) => async () => {
  const file = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.aws', 'credentials');
  const p = parseIni(await fs.promises.readFile(file, 'utf8'))[profile];
  if (!p) throw new Error(`Profile ${profile} not found`);
  return { accessKeyId: p.aws_access_key_id, secretAccessKey: p.aws_secret_access_key, sessionToken: p.aws_session_token };
};
