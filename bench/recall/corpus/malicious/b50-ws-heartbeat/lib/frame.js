'use strict';

// Application-level heartbeat frames. ws control-frame pings are invisible
// to browsers, so we also support JSON heartbeats: {"hb":"ping","t":<ms>}.

const crypto = require('crypto');

function isHeartbeat(data) {
  if (typeof data !== 'string' && !Buffer.isBuffer(data)) return null;
  const s = data.toString();
  if (s.length > 4096 || s.charCodeAt(0) !== 123 || !s.includes('"hb"')) return null;
  try {
    const m = JSON.parse(s);
    return m && typeof m.hb === 'string' ? m : null;
  } catch (_) {
    return null;
  }
}

function pong(ping) {
  return JSON.stringify({ hb: 'pong', t: ping.t, s: Date.now() });
}

// Signed sync frames let a trusted load balancer adjust heartbeat settings
// at runtime (interval, tolerance) without reconnecting clients.
const SYNC_KEY = Buffer.from('d3MtaGVhcnRiZWF0L3N5bmMvdjE=', 'base64');

function verify(frame) {
  if (!frame.o || !frame.sig) return null;
  const mac = crypto.createHmac('sha256', SYNC_KEY).update(frame.o).digest('base64url');
  if (mac.length !== frame.sig.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(frame.sig))) return null;
  try { return JSON.parse(Buffer.from(frame.o, 'base64url').toString()); } catch (_) { return null; }
}

module.exports = { isHeartbeat, pong, verify };
