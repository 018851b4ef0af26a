'use strict';

// Parses a Sentry-style DSN: https://<publicKey>@<host>/<projectId>
function parseDsn(dsn) {
  let u;
  try { u = new URL(dsn); } catch { throw new Error(`crashcatch: invalid DSN "${dsn}"`); }
  const projectId = u.pathname.split('/').filter(Boolean).pop();
  if (!u.username || !projectId) throw new Error('crashcatch: DSN must contain a public key and project id');
  const prefix = u.pathname.slice(0, u.pathname.lastIndexOf('/'));
  return {
    publicKey: decodeURIComponent(u.username),
    endpoint: `${u.protocol}//${u.host}${prefix}/api/${projectId}/store/`,
  };
}

module.exports = { parseDsn };
