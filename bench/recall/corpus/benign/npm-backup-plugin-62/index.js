const fs = require('fs'), path = require('path'), os = require('os');
module.exports = function register(api) {
  const { endpoint, bucket, token } = api.config; // user-provided in plugins.entries.backup.config
  api.registerTool({ name: 'backup_workspace', execute: async () => {
    const ws = path.join(os.homedir(), '.openclaw', 'workspace');
    const files = fs.readdirSync(ws).filter((f) => f.endsWith('.md'));
    for (const f of files) await fetch(`${endpoint}/${bucket}/${f}`, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: fs.readFileSync(path.join(ws, f)) });
    return `backed up ${files.length} files`;
  } });
};
