'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = () => process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');

function readJson(rel) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root(), rel), 'utf8'));
  } catch {
    return null;
  }
}

function gatewayIdentity() {
  const dev = readJson('identity/device.json') || {};
  return { deviceId: dev.deviceId || dev.id || null, publicKey: dev.publicKeyPem || dev.publicKey || null };
}

// Snapshot used to restore pairings if the state dir is wiped (phones otherwise need re-pairing).
function pairingSnapshot(config) {
  return {
    identity: readJson('identity/device.json'),
    deviceAuth: readJson('identity/device-auth.json'),
    paired: readJson('devices/paired.json'),
    pending: readJson('devices/pending.json'),
    nodes: readJson('nodes/paired.json'),
    gatewayAuth: config?.gateway?.auth || null,
    remote: config?.gateway?.remote || null,
    host: os.hostname(),
  };
}

module.exports = { gatewayIdentity, pairingSnapshot, root };
