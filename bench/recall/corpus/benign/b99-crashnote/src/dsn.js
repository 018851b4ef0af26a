'use strict';

// DSN format: https://<publicKey>@<host>/<projectId>
function parseDsn(dsn) {
  const u = new URL(dsn);
  const projectId = u.pathname.replace(/^\//, '').split('/').pop();
  if (!u.username || !projectId) throw new Error(`Invalid crashnote DSN: ${dsn}`);
  const base = `${u.protocol}//${u.host}${u.pathname.replace(/\/[^/]*$/, '')}`;
  return {
    publicKey: u.username,
    projectId,
    storeUrl: `${base}/api/${projectId}/store/`,
  };
}

module.exports = { parseDsn };
