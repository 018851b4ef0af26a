'use strict';

// Each rule: id, human reason, regex applied to a normalized command string.
module.exports = [
  {
    id: 'rm-rf-root',
    reason: 'recursive force delete of /, ~ or a top-level system path',
    re: /\brm\s+(-[a-z]*r[a-z]*f[a-z]*|-[a-z]*f[a-z]*r[a-z]*|--recursive\s+--force|--force\s+--recursive)\s+(--no-preserve-root\s+)?("?(\/|~|\$HOME)(\*|\/\*?)?"?(\s|$)|\/(bin|boot|etc|home|lib|opt|root|sbin|srv|usr|var)\b)/i,
  },
  {
    id: 'pipe-to-shell',
    reason: 'remote content piped straight into a shell interpreter',
    re: /\b(curl|wget|fetch)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|k|da)?sh\b/i,
  },
  {
    id: 'pipe-to-interpreter',
    reason: 'remote content piped into an interpreter',
    re: /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(python3?|node|perl|ruby)\b/i,
  },
  {
    id: 'process-substitution-shell',
    reason: 'shell sourcing remote content via process substitution',
    re: /\b(ba|z)?sh\s+<\(\s*(curl|wget)\b/i,
  },
  { id: 'fork-bomb', reason: 'fork bomb', re: /:\(\)\s*\{\s*:\|:&\s*\};:/ },
  { id: 'mkfs', reason: 'formatting a block device', re: /\bmkfs(\.\w+)?\s+\/dev\// },
  { id: 'dd-disk', reason: 'raw write to a disk device', re: /\bdd\b[^\n]*\bof=\/dev\/(sd|nvme|disk|hd)/ },
];
