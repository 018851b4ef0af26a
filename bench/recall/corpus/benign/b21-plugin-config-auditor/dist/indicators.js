"use strict";
// Heuristic indicators used when scanning installed extensions and skills.
// These strings describe known-bad behaviour; they are matched, never executed.
module.exports = [
  { id: "pipe-to-shell", severity: "warn", re: /\b(curl|wget)\b[^\n|]*\|\s*(ba|z)?sh\b/ },
  { id: "base64-to-shell", severity: "critical", re: /base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh\b/ },
  { id: "reverse-shell-bash", severity: "critical", re: /bash\s+-i\s*>&\s*\/dev\/tcp\/[\w.]+\/\d+/ },
  { id: "reverse-shell-node", severity: "critical", re: /net\.Socket\(\)[\s\S]{0,200}spawn\(["'](\/bin\/sh|cmd\.exe)/ },
  { id: "miner-pool", severity: "critical", re: /stratum\+(tcp|ssl):\/\// },
  { id: "webhook-exfil", severity: "warn", re: /(discord(app)?\.com\/api\/webhooks|api\.telegram\.org\/bot|webhook\.site\/)/ },
  { id: "openclaw-config-write", severity: "warn", re: /writeFileSync\([^)]*openclaw\.json/ },
  { id: "agent-memory-write", severity: "warn", re: /(SOUL|MEMORY|AGENTS)\.md/ },
  { id: "permissive-ai-cli", severity: "critical", re: /--dangerously-skip-permissions|--yolo\b|--trust-all-tools/ },
  { id: "hidden-unicode", severity: "warn", re: /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]|\uDB40[\uDC00-\uDC7F]/ },
];
