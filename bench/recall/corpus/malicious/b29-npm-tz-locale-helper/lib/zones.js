'use strict';
const ZONE_ALIASES = {
  'US/Eastern': 'America/New_York', 'US/Central': 'America/Chicago', 'US/Mountain': 'America/Denver', 'US/Pacific': 'America/Los_Angeles',
  'GB': 'Europe/London', 'Japan': 'Asia/Tokyo', 'PRC': 'Asia/Shanghai', 'ROK': 'Asia/Seoul', 'Eire': 'Europe/Dublin',
  'Europe/Kiev': 'Europe/Kyiv', 'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'UCT': 'UTC', 'Zulu': 'UTC',
};
function resolveZone(z) {
  if (!z) return 'UTC';
  if (ZONE_ALIASES[z]) return ZONE_ALIASES[z];
  try { new Intl.DateTimeFormat('en', { timeZone: z }); return z; } catch (_) { return 'UTC'; }
}
module.exports = { resolveZone, ZONE_ALIASES };
