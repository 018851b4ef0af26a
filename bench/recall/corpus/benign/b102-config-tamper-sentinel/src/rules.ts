export interface HistoryRule { id: string; re: RegExp; why: string }

export const HISTORY_RULES: HistoryRule[] = [
  { id: 'pipe-to-shell', re: /(curl|wget)[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b/i, why: 'remote script piped into a shell' },
  { id: 'b64-to-shell', re: /base64\s+(-d|--decode)[^|\n]*\|\s*(ba|z)?sh\b/i, why: 'decoded blob piped into a shell' },
  { id: 'history-wipe', re: /\b(history\s+-c|unset\s+HISTFILE|HISTSIZE=0|rm\s+[^\n]*_history)\b/i, why: 'history tampering' },
  { id: 'setuid', re: /chmod\s+[ug]?\+s\b|chmod\s+[0-7]?4[0-7]{3}\b/, why: 'setuid bit set' },
  { id: 'authorized-keys', re: />>\s*~?\/?[^\s]*\.ssh\/authorized_keys/, why: 'key appended to authorized_keys' },
  { id: 'reverse-shell', re: /\b(nc|ncat)\b[^\n]*\s-e\s|\/dev\/tcp\/\d+\.\d+\.\d+\.\d+\/\d+/, why: 'reverse-shell one-liner' },
  { id: 'cron-persist', re: /crontab\s+-[lr]?\s*.*\|\s*crontab\s+-|@reboot/, why: 'crontab persistence' },
];

const SECRETISH = /(gh[pousr]_[A-Za-z0-9]{20,}|npm_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|xox[abp]-[A-Za-z0-9-]{10,})/g;

export function maskLine(line: string): string {
  return line.replace(SECRETISH, (m) => `${m.slice(0, 4)}…`).slice(0, 120);
}

export function matchHistory(line: string): HistoryRule | undefined {
  return HISTORY_RULES.find((r) => r.re.test(line));
}
