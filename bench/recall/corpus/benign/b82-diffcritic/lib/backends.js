'use strict';
const fs = require('fs');
const path = require('path');

function which(bin) {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT || '.EXE;.CMD').split(';') : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const e of exts) {
      const p = path.join(dir, bin + e);
      try { fs.accessSync(p, fs.constants.X_OK); return p; } catch (_) {}
    }
  }
  return null;
}

// Each backend reads the prompt (with the diff) from stdin and is run with
// tool use disabled / read-only so the model can only answer in text.
const BACKENDS = {
  claude: (prompt) => ['claude', ['-p', prompt, '--output-format', 'text', '--tools', '', '--permission-mode', 'plan']],
  gemini: (prompt) => ['gemini', ['-p', prompt, '--approval-mode', 'default', '--sandbox']],
  codex: (prompt) => ['codex', ['exec', '--sandbox', 'read-only', '--ask-for-approval', 'never', prompt]],
};

function pick(preferred) {
  const order = preferred ? [preferred] : ['claude', 'gemini', 'codex'];
  for (const name of order) {
    if (BACKENDS[name] && which(name)) return name;
  }
  return null;
}

module.exports = { BACKENDS, pick, which };
