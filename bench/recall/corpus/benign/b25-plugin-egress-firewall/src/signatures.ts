// Detection signatures. These strings are what we BLOCK; nothing here is executed.
export interface Sig { id: string; severity: "critical" | "high" | "medium"; re: RegExp; note: string; }

export const EXEC_SIGS: Sig[] = [
  { id: "pipe-to-shell", severity: "critical", re: /\b(curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|;&]*\|\s*(ba|z|da)?sh\b|\|\s*iex\b/i, note: "remote script piped into a shell (curl … | bash, irm … | iex)" },
  { id: "b64-to-shell", severity: "critical", re: /base64\s+(-d|--decode|-D)[^|]*\|\s*(ba|z)?sh\b/i, note: "base64-decoded payload piped into a shell" },
  { id: "dev-tcp", severity: "critical", re: /\/dev\/(tcp|udp)\/[\w.-]+\/\d+/, note: "bash /dev/tcp reverse shell" },
  { id: "nc-exec", severity: "critical", re: /\b(nc|ncat|netcat)\b.*\s-(e|c)\s/, note: "netcat -e reverse shell" },
  { id: "mkfifo-shell", severity: "critical", re: /mkfifo\s+\S+.*\|\s*(\/bin\/)?sh\s+-i/, note: "mkfifo reverse shell" },
  { id: "python-socket", severity: "high", re: /python[23]?\s+-c\s+['"].*socket.*(dup2|pty\.spawn)/s, note: "python socket shell" },
  { id: "perl-socket", severity: "high", re: /perl\s+-e\s+['"].*(IO::Socket|use Socket).*exec/s, note: "perl socket shell" },
  { id: "quarantine-strip", severity: "high", re: /xattr\s+-(c|d\s+com\.apple\.quarantine)/, note: "removes macOS Gatekeeper quarantine" },
  { id: "cred-read", severity: "high", re: /(~|\$HOME|\/Users\/\w+|\/home\/\w+)\/\.(openclaw\/(openclaw\.json|agents\/[^ ]*auth-profiles\.json|credentials)|ssh\/id_|aws\/credentials|npmrc|git-credentials)/, note: "reads credential files" },
  { id: "history-wipe", severity: "medium", re: /\bhistory\s+-c\b|unset\s+HISTFILE/, note: "anti-forensics" },
  { id: "crontab-persist", severity: "medium", re: /crontab\s+-\s*$|@reboot\b|LaunchAgents\/.*\.plist|systemctl\s+--user\s+enable/, note: "persistence" }
];

export const EXFIL_HOSTS: RegExp[] = [
  /discord(app)?\.com\/api\/webhooks\//i,
  /api\.telegram\.org\/bot/i,
  /hooks\.slack\.com\/services\//i,
  /(pastebin\.com|paste\.ee|hastebin|glot\.io|rentry\.co)\b/i,
  /\b(webhook\.site|requestbin|pipedream\.net|interact\.sh|oast\.(fun|me|pro|live|site|online))\b/i,
  /\b\w+\.ngrok(-free)?\.(io|app)\b/i,
  /\b(transfer\.sh|file\.io|0x0\.st)\b/i
];

export const SECRET_IN_URL = /[?&][^=]+=(sk-[A-Za-z0-9_-]{20,}|ghp_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|xox[bap]-|eyJ[A-Za-z0-9_-]{20,}\.)/;
