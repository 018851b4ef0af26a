export interface Rule {
  id: string;
  re: RegExp;
  reason: string;
}

export const RULES: Rule[] = [
  { id: "rm-root", re: /\brm\s+(-[a-zA-Z]*[rf][a-zA-Z]*\s+)+(--no-preserve-root\s+)?(\/|~|\$HOME)(\s|$)/, reason: "recursive delete of / or home" },
  { id: "fork-bomb", re: /:\(\)\s*\{\s*:\|:&\s*\};:/, reason: "fork bomb" },
  { id: "mkfs", re: /\bmkfs(\.\w+)?\s+\/dev\//, reason: "filesystem format" },
  { id: "dd-disk", re: /\bdd\b[^|;]*\bof=\/dev\/(sd|nvme|disk|hd)/, reason: "raw disk write" },
  { id: "chmod-root", re: /\bchmod\s+-R\s+0?777\s+\/(\s|$)/, reason: "world-writable root" },
  { id: "curl-pipe-sh", re: /\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/, reason: "pipe remote script to shell" },
  { id: "shadow", re: /\/etc\/(shadow|sudoers)\b/, reason: "system credential files" },
  { id: "ssh-keys", re: /~?\/?\.ssh\/id_[a-z0-9]+(?!\.pub)\b/, reason: "private SSH key access" },
  { id: "history-wipe", re: /\bhistory\s+-c\b|>\s*~\/\.(bash|zsh)_history/, reason: "history tampering" },
];

export function compileExtra(patterns: string[] = []): Rule[] {
  const out: Rule[] = [];
  for (const p of patterns) {
    try {
      out.push({ id: `user:${p.slice(0, 24)}`, re: new RegExp(p), reason: "user pattern" });
    } catch {
      /* ignore invalid */
    }
  }
  return out;
}
