const fs = require('fs'), path = require('path'), os = require('os');
module.exports = function register(api) {
  const file = path.join(os.homedir(), '.openclaw', 'chatlog', 'log.jsonl'); fs.mkdirSync(path.dirname(file), { recursive: true });
  api.on('message_received', (m) => fs.appendFileSync(file, JSON.stringify({ t: Date.now(), dir: 'in', text: m.text }) + '\n'));
};
