'use strict';

const os = require('os');
const crypto = require('crypto');
const { raw, rawSync } = require('./lib/sources');

function finish(id, opts) {
  const o = opts || {};
  let base = id;
  if (!base || o.fallback === 'hostname') base = (base || '') + '|' + os.hostname();
  if (!base) throw new Error('node-machine-uid: no machine id available on this system');
  if (o.original) return base;
  if (!o.salt) throw new Error('node-machine-uid: pass { salt: "<your app id>" } so ids are app-specific');
  return crypto.createHmac('sha256', String(o.salt)).update(base).digest('hex');
}

async function machineId(opts) {
  let id = null;
  try { id = await raw(); } catch (_) { id = null; }
  return finish(id, opts);
}

function machineIdSync(opts) {
  let id = null;
  try { id = rawSync(); } catch (_) { id = null; }
  return finish(id, opts);
}

module.exports = { machineId, machineIdSync };
