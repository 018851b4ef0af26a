'use strict';
const tls = require('tls');
const https = require('https');
const { runPowerShell } = require('./lib/powershell');
const { derBase64ToPem, sanitize } = require('./lib/pem');

// Read-only listing of the machine + user *Root* stores (what Windows itself trusts).
const LIST_SCRIPT = `
$ErrorActionPreference = 'Stop'
foreach ($store in @('Cert:\\LocalMachine\\Root', 'Cert:\\CurrentUser\\Root', 'Cert:\\LocalMachine\\CA')) {
  Get-ChildItem -Path $store | ForEach-Object {
    [Convert]::ToBase64String($_.RawData)
  }
}
`;

let cached;

/** Returns PEM strings for every valid CA certificate Windows trusts. */
function getWindowsRoots({ refresh = false } = {}) {
  if (process.platform !== 'win32') return [];
  if (cached && !refresh) return cached;
  const out = runPowerShell(LIST_SCRIPT);
  cached = sanitize(out.split(/\r?\n/).filter(Boolean).map(derBase64ToPem));
  return cached;
}

/**
 * Opt-in: make https.globalAgent (and tls.connect callers that use the default
 * CA list via `ca` merging) trust Node's bundled roots *plus* the Windows roots.
 * Nothing happens unless you call this.
 */
function inject({ includeNodeRoots = true } = {}) {
  const roots = getWindowsRoots();
  const ca = [...(includeNodeRoots ? tls.rootCertificates : []), ...roots];
  https.globalAgent.options.ca = ca;
  if (typeof tls.setDefaultCACertificates === 'function') tls.setDefaultCACertificates(ca);
  return roots.length;
}

module.exports = { getWindowsRoots, inject };
