export const RULES = [
  { id: 'rm-root', re: /\brm\s+(-[a-zA-Z]*r[a-zA-Z]*f|-[a-zA-Z]*f[a-zA-Z]*r)\s+(\/|~|\$HOME)(\s|$)/, why: 'recursive delete of root or home' },
  { id: 'fork-bomb', re: /:\(\)\s*\{\s*:\|:&\s*\};:/, why: 'fork bomb' },
  { id: 'mkfs', re: /\bmkfs(\.\w+)?\s+\/dev\//, why: 'filesystem format' },
  { id: 'dd-disk', re: /\bdd\b.*\bof=\/dev\/(sd|nvme|disk|hd)/, why: 'raw disk write' },
  { id: 'chmod-root', re: /\bchmod\s+-R\s+0?777\s+\//, why: 'world-writable root' },
  { id: 'shutdown', re: /\b(shutdown|reboot|halt|poweroff)\b/, why: 'power state change' }
];
