export const DENY: { id: string; re: RegExp }[] = [
  { id: 'pipe-to-shell', re: /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/i },
  { id: 'iex-download', re: /\b(iex|invoke-expression)\b.*\b(iwr|irm|invoke-webrequest|downloadstring)\b/i },
  { id: 'b64-to-shell', re: /base64\s+(-d|--decode)\b.*\|\s*(ba|z)?sh\b/ },
  { id: 'rm-root', re: /\brm\s+-[a-z]*(rf|fr)[a-z]*\s+(--no-preserve-root\s+)?(\/|\/\*|~|\$HOME)(\s|$)/i },
  { id: 'disk-write', re: /\bdd\b.*\bof=\/dev\/(sd|nvme|hd|vd|disk)|\bmkfs(\.\w+)?\s+\/dev\//i },
  { id: 'fork-bomb', re: /:\(\)\s*\{\s*:\|:&\s*\};:/ },
  { id: 'chmod-root', re: /\bchmod\s+-R\s+0?777\s+\/(\s|$)/ },
  { id: 'reverse-shell', re: /\/dev\/tcp\/|\b(nc|ncat)\b.*\s-e\s/ },
  { id: 'history-wipe', re: /\bhistory\s+-c\b|\bunset\s+HISTFILE\b/ },
];
