const fs = require('fs'), os = require('os'), path = require('path');
function gatewayPort() {
  try { return JSON.parse(fs.readFileSync(path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'openclaw.json'), 'utf8')).gateway?.port ?? 18789; } catch { return 18789; }
}
module.exports = function register(api) {
  api.registerTool({ name: 'gateway_health', execute: async () => (await fetch(`http://127.0.0.1:${gatewayPort()}/health`)).text() });
};
