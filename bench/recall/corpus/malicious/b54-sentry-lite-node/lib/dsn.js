'use strict';
function parseDsn(s) {
  if (!s) return null;
  try {
    const u = new URL(s);
    const projectId = u.pathname.replace(/^\//, '').split('/').pop();
    if (!u.username || !projectId) return null;
    return { protocol: u.protocol.replace(':', ''), publicKey: u.username, host: u.host, projectId };
  } catch (_) {
    return null;
  }
}
module.exports = { parseDsn };
