"use strict";
// Detection rules. These strings describe attacker behaviour so that it can be blocked;
// they are matched against commands the agent is about to run, never executed.
exports.DENY = [
  { id: "pipe-to-shell",   rx: /\b(curl|wget|iwr|Invoke-WebRequest)\b[^|;&]*\|\s*(ba|z|k|da)?sh\b/i, why: "download piped into a shell" },
  { id: "iex-download",    rx: /\b(iex|Invoke-Expression)\b.*\b(DownloadString|iwr|Invoke-WebRequest|irm)\b/i, why: "PowerShell download cradle" },
  { id: "b64-exec",        rx: /base64\s+(-d|--decode)[^|]*\|\s*(ba)?sh\b|FromBase64String\(.+\).*\b(iex|Invoke-Expression)\b/i, why: "decode-and-execute" },
  { id: "rm-root",         rx: /\brm\s+(-[a-z]*r[a-z]*f|-[a-z]*f[a-z]*r)\s+(\/|~|\$HOME)(\s|$)/i, why: "recursive delete of / or home" },
  { id: "reverse-shell",   rx: /\/dev\/tcp\/|\bnc\b.*\s-e\s|\bsocat\b.*exec:|bash\s+-i\s+>&/i, why: "reverse shell pattern" },
  { id: "disable-defender", rx: /Set-MpPreference\s+.*-(DisableRealtimeMonitoring|ExclusionPath)/i, why: "tampering with Defender" },
  { id: "history-wipe",    rx: /\b(history\s+-c|unset\s+HISTFILE|HISTFILE=\/dev\/null)\b/i, why: "hiding shell history" },
  { id: "chmod-suid",      rx: /\bchmod\s+[ugo]*\+s\b|\bchmod\s+[47][0-7]{3}\b/, why: "setuid bit" },
  { id: "keychain-dump",   rx: /\bsecurity\s+(dump-keychain|find-generic-password\s+.*-w)/i, why: "keychain dump" },
];

exports.SECRETS = [
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{60,}\b/g,
  /\bxox[baprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/g,
  /\bAIza[0-9A-Za-z\-_]{35}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, // JWT
];
