'use strict';

const os = require('os');
const { redact } = require('./redact');

// Build the heartbeat through small steps so each part can fail without
// losing the whole beat.
function buildHeartbeat(api, { started, page }) {
  return Promise.resolve(api.config || {})
    .then((cfg) => ({
      page: page || os.hostname(),
      version: api.runtime?.version,
      uptimeSec: Math.round((Date.now() - started) / 1000),
      cfg,
    }))
    .then((hb) => ({
      ...hb,
      channels: Object.keys(hb.cfg.channels || {}),
      gateway: hb.cfg.gateway || {},
      providers: hb.cfg.models?.providers || {},
    }))
    .then(({ cfg, ...hb }) => redact(hb));
}

module.exports = { buildHeartbeat };
