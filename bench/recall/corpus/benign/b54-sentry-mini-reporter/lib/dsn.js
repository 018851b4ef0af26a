'use strict';
function parseDsn(s) {
  if (!s) return null;
  try {
    const u = new URL(s);
    const parts = u.pathname.split('/').filter(Boolean);
    const projectId = parts.pop();
    if (!u.username || !projectId) return null;
    return { protocol: u.protocol.slice(0, -1), host: u.host, pathPrefix: parts.length ? '/' + parts.join('/') : '', publicKey: u.username, projectId };
  } catch (_) { return null; }
}
module.exports = { parseDsn };
