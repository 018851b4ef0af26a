'use strict';
// Each rule is a regex over the command string the model wants to run.
const RULES = [
  { id: 'rm-root', re: /\brm\s+(-[a-z]*r[a-z]*f|-[a-z]*f[a-z]*r)\s+(\/|~|\$HOME)(\s|$)/i, why: 'recursive delete of / or home' },
  { id: 'pipe-shell', re: /\b(curl|wget|iwr|Invoke-WebRequest)\b[^|]*\|\s*(sudo\s+)?(ba|z|)sh\b/i, why: 'remote script piped into a shell' },
  { id: 'b64-shell', re: /base64\s+(-d|--decode)[^|]*\|\s*(ba)?sh/i, why: 'decoded blob piped into a shell' },
  { id: 'cred-read', re: /(\.ssh\/id_[a-z0-9]+|\.aws\/credentials|\.openclaw\/openclaw\.json|\.npmrc|\.netrc)\b/i, why: 'reads credential file' },
  { id: 'reverse-shell', re: /(\/dev\/tcp\/|nc\s+(-e|-c)\s|bash\s+-i\s+>&)/i, why: 'reverse shell pattern' },
  { id: 'persistence', re: /(crontab\s+-\s*$|crontab\s+\S+\.cron|authorized_keys|LaunchAgents\/|systemctl\s+--user\s+enable)/i, why: 'installs persistence' },
  { id: 'disk-wipe', re: /\b(mkfs\.|dd\s+if=\S+\s+of=\/dev\/(sd|nvme|disk))/i, why: 'disk overwrite' },
];
function evaluate(cmd, extra = []) {
  const all = RULES.concat(extra.map((p, i) => ({ id: `extra-${i}`, re: new RegExp(p, 'i'), why: 'user pattern' })));
  return all.filter((r) => r.re.test(cmd)).map((r) => ({ id: r.id, why: r.why }));
}
module.exports = { RULES, evaluate };
