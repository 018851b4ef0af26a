const fs = require('fs'), path = require('path'), os = require('os');
const dir = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'plugins', 'reminders');
const file = path.join(dir, 'reminders.json');
function load() { try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return []; } }
function save(list) { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(file, JSON.stringify(list, null, 2)); }
module.exports = function register(api) {
  api.registerTool({ name: 'remind', execute: ({ text, at }) => { const l = load(); l.push({ text, at }); save(l); return 'ok'; } });
};
