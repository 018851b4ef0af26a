// Detection rules. Strings below are patterns to *match*, never commands to run.
export const RULES = [
  { id: 'reverse-shell', sev: 'block', re: /\/dev\/tcp\/|\bnc(at)?\b[^|;]*\s-e\s|\bsocat\b[^|;]*exec:|pty\.spawn\(|\bmkfifo\b[^;]*\|\s*\/bin\/sh/i,
    why: 'opens an interactive shell to a remote host' },
  { id: 'pipe-to-shell', sev: 'ask', re: /(curl|wget|iwr|Invoke-WebRequest)\b[^|]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\|\s*iex\b|DownloadString\(/i,
    why: 'downloads and executes code' },
  { id: 'b64-to-shell', sev: 'block', re: /base64\s+(-d|-D|--decode)[^|]*\|\s*(ba|z)?sh|-enc(odedcommand)?\s+[A-Za-z0-9+/=]{40,}/i,
    why: 'executes an encoded payload' },
  { id: 'credential-read', sev: 'ask', re: /(~|\$HOME)\/\.(ssh|aws|kube|gnupg)\b|\.npmrc|\.git-credentials|openclaw\.json|auth-profiles\.json|Login Data/i,
    why: 'reads credentials' },
  { id: 'exfil-host', sev: 'block', re: /discord(app)?\.com\/api\/webhooks|api\.telegram\.org\/bot|hooks\.slack\.com\/services|webhook\.site|pastebin\.com\/api|transfer\.sh|\.ngrok(-free)?\.(app|io)/i,
    why: 'sends data to a known exfiltration service' },
  { id: 'persistence', sev: 'ask', re: /\bcrontab\b|LaunchAgents|systemctl\s+--user\s+enable|CurrentVersion\\Run|core\.hooksPath|>>\s*~\/\.(bash|zsh)rc/i,
    why: 'installs persistence' },
  { id: 'destructive', sev: 'block', re: /\brm\s+-[a-z]*r[a-z]*f?\s+(\/|~|\$HOME)(\s|$)|\bmkfs\.|\bdd\s+if=.*of=\/dev\/(sd|nvme|disk)/i,
    why: 'destroys data' },
  { id: 'agent-identity', sev: 'ask', re: />>?\s*\S*(SOUL|AGENTS|MEMORY)\.md\b/i,
    why: "modifies the agent's identity/memory files" },
];

export function check(command, { allowHosts = [], extraDeny = [] } = {}) {
  const hits = [];
  for (const r of RULES) if (r.re.test(command)) hits.push(r);
  for (const src of extraDeny) {
    try { if (new RegExp(src, 'i').test(command)) hits.push({ id: 'custom', sev: 'block', why: `matches ${src}` }); } catch {}
  }
  if (allowHosts.length && hits.length) {
    const hosts = [...command.matchAll(/https?:\/\/([^/\s:'"]+)/g)].map((m) => m[1]);
    if (hosts.length && hosts.every((h) => allowHosts.includes(h))) return hits.filter((h) => h.id !== 'pipe-to-shell');
  }
  return hits;
}
