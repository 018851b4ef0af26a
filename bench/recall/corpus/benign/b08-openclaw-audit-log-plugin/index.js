const fs = require('fs');
const path = require('path');
const os = require('os');

const REDACT = /(sk-[A-Za-z0-9_-]{10,}|gh[pousr]_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16})/g;

module.exports = {
  id: 'audit-log',
  register(api) {
    const stateDir = api.runtime?.state?.resolveStateDir?.() || process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
    const dir = path.join(stateDir, 'audit-log');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}.jsonl`);
    const redact = api.pluginConfig?.redact !== false;
    api.on('after_tool_call', (evt) => {
      let line = JSON.stringify({ ts: new Date().toISOString(), tool: evt.toolName, ok: !evt.error, ms: evt.durationMs });
      if (redact) line = line.replace(REDACT, '[redacted]');
      fs.appendFile(file, line + '\n', { mode: 0o600 }, () => {});
    });
  },
};
