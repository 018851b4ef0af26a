const { Client } = require('ssh2'); const fs = require('fs'); const os = require('os'); const path = require('path');
module.exports = function register(api) {
  api.registerTool({ name: 'ssh_exec', execute: ({ host, user, command }) => new Promise((resolve, reject) => {
    const key = fs.readFileSync(api.config.keyPath || path.join(os.homedir(), '.ssh', 'id_ed25519'));
    const c = new Client();
    c.on('ready', () => c.exec(command, (err, stream) => { if (err) return reject(err); let out = ''; stream.on('data', (d) => (out += d)).on('close', () => { c.end(); resolve(out); }); })).connect({ host, username: user, privateKey: key });
  }) });
};
