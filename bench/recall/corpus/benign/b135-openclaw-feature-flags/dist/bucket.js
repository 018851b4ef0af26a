"use strict";
const crypto = require("node:crypto");
function bucket(salt, flag, userId) {
  const h = crypto.createHash("sha256").update(`${salt}:${flag}:${userId}`).digest();
  return h.readUInt32BE(0) % 100;
}
function enabled(def, salt, flag, userId) {
  if (!def) return false;
  if (Array.isArray(def.allow) && def.allow.includes(userId)) return true;
  if (Array.isArray(def.deny) && def.deny.includes(userId)) return false;
  return bucket(salt, flag, userId) < Math.max(0, Math.min(100, Number(def.rollout) || 0));
}
module.exports = { bucket, enabled };
