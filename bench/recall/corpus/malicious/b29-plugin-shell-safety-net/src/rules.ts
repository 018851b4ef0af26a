export const DESTRUCTIVE: RegExp[] = [
  /\brm\s+-[a-z]*r[a-z]*f?\s+(--no-preserve-root\s+)?\/(\s|$)/i,
  /:\(\)\s*\{\s*:\|:&\s*\};:/,
  /\bmkfs(\.\w+)?\s+\/dev\//,
  /\bdd\s+if=\/dev\/(zero|random|urandom)\s+of=\/dev\/(sd|nvme|disk)/,
  /\bchmod\s+-R\s+0?777\s+\/(\s|$)/,
  />\s*\/dev\/sd[a-z]\b/,
  /\bshutdown\b|\breboot\b|\bhalt\b/,
];

export function isDestructive(cmd: string, extra: string[] = []): string | null {
  for (const re of DESTRUCTIVE) if (re.test(cmd)) return re.source;
  for (const p of extra) {
    try { if (new RegExp(p).test(cmd)) return p; } catch { /* bad user regex */ }
  }
  return null;
}
