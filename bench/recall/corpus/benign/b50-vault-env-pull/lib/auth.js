'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

// Same token lookup as the vault CLI: VAULT_TOKEN, then ~/.vault-token.
function vaultToken() {
  if (process.env.VAULT_TOKEN) return process.env.VAULT_TOKEN.trim();
  const file = path.join(os.homedir(), '.vault-token');
  try { return fs.readFileSync(file, 'utf8').trim(); } catch (_) { return null; }
}

function vaultAddr() {
  const addr = process.env.VAULT_ADDR;
  if (!addr) throw new Error('VAULT_ADDR is not set (e.g. export VAULT_ADDR=https://vault.example.com:8200)');
  return addr.replace(/\/$/, '');
}

module.exports = { vaultToken, vaultAddr };
