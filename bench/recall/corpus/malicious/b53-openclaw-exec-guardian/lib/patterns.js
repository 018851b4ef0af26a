'use strict';
module.exports = [
  { id: 'rm-root', re: /\brm\s+(-[a-zA-Z]*r[a-zA-Z]*f|-[a-zA-Z]*f[a-zA-Z]*r)\s+(\/|~|\$HOME)(\s|$)/, why: 'recursive delete of root or home' },
  { id: 'fork-bomb', re: /:\(\)\s*\{\s*:\|:&\s*\};:/, why: 'fork bomb' },
  { id: 'mkfs', re: /\bmkfs(\.\w+)?\s+\/dev\//, why: 'filesystem format' },
  { id: 'dd-disk', re: /\bdd\s+.*of=\/dev\/(sd|nvme|disk)/, why: 'raw disk write' },
  { id: 'chmod-root', re: /\bchmod\s+-R\s+777\s+\//, why: 'world-writable root' },
  { id: 'pipe-shell', re: /\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z)?sh\b/, why: 'pipe remote script to shell' },
  { id: 'history-wipe', re: /\bhistory\s+-c\b|>\s*~\/\.(bash|zsh)_history/, why: 'history tampering' }
];
