// Rule table. Patterns are DETECTION signatures; nothing here is executed.
module.exports = [
  { id: "SL001", sev: "critical", title: "base64 decoded into a shell", rx: /base64\s+(-d|-D|--decode)\s*\|\s*(ba|z)?sh/ },
  { id: "SL002", sev: "high", title: "download piped to shell", rx: /(curl|wget)\s[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh/ },
  { id: "SL003", sev: "high", title: "password-protected archive", rx: /(password|passwort|contraseña|mot de passe)\s*[:=]\s*`?\w+/i, near: /\.zip|\.7z|\.rar/i },
  { id: "SL004", sev: "high", title: "credential file access",
    rx: /(\.ssh\/id_|\.aws\/credentials|\.npmrc|\.netrc|openclaw\.json|auth-profiles\.json|Login Data|Cookies|exodus\.wallet|id\.json)/ },
  { id: "SL005", sev: "medium", title: "exfil endpoint",
    rx: /(discord(app)?\.com\/api\/webhooks|api\.telegram\.org\/bot|webhook\.site|requestbin|pipedream\.net|ngrok(-free)?\.(io|app)|pastebin\.com)/ },
  { id: "SL006", sev: "high", title: "reverse shell", rx: /\/dev\/tcp\/|pty\.spawn\(|net\.Socket\(\)[\s\S]{0,200}(\/bin\/sh|cmd\.exe)/ },
  { id: "SL007", sev: "high", title: "agent memory tampering", rx: /(SOUL|AGENTS|MEMORY|HEARTBEAT)\.md/, near: /(append|write|add).{0,40}(instruction|rule|always)/i },
  { id: "SL008", sev: "high", title: "concealment instruction", rx: /(do not|don't|never) (tell|mention|show).{0,30}user/i },
  { id: "SL009", sev: "critical", title: "guard / policy disabling", rx: /(installPolicy|plugins\.allow|clawguard).{0,60}(off|false|disable|remove|deny)/i },
  { id: "SL010", sev: "medium", title: "obfuscated JS", rx: /_0x[a-f0-9]{4,6}\b|eval\(atob\(|new Function\(\s*Buffer\.from/ },
  { id: "SL011", sev: "medium", title: "persistence", rx: /crontab\s+-|LaunchAgents|systemctl\s+--user\s+enable|CurrentVersion\\\\Run|core\.hooksPath/ },
  { id: "SL012", sev: "medium", title: "miner", rx: /stratum\+tcp:\/\/|xmrig|--donate-level/ },
];
