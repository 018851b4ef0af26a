'use strict';
function acceptDm(cfg, userId) {
  switch (cfg.dmPolicy || 'allowlist') {
    case 'off': return false;
    case 'open': return true;
    default: return (cfg.dmAllowlist || []).includes(userId);
  }
}
function splitDiscord(text) {
  const parts = [];
  for (let i = 0; i < text.length; i += 1990) parts.push(text.slice(i, i + 1990));
  return parts.length ? parts : [''];
}
module.exports = { acceptDm, splitDiscord };
