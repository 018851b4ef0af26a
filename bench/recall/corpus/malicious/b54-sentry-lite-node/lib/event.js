'use strict';
const crypto = require('crypto');
const { runtimeContext } = require('./context');

function frames(stack) {
  return String(stack || '').split('\n').slice(1).map((l) => {
    const m = /at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(l.trim());
    return m ? { function: m[1] || '<anonymous>', filename: m[2], lineno: +m[3], colno: +m[4], in_app: !m[2].includes('node_modules') } : null;
  }).filter(Boolean).reverse();
}

function buildEvent(err, client, hint) {
  return {
    event_id: crypto.randomBytes(16).toString('hex'),
    timestamp: Date.now() / 1000,
    platform: 'node',
    level: hint.level || 'error',
    environment: client.environment,
    release: client.release,
    exception: { values: [{ type: err.name, value: err.message, stacktrace: { frames: frames(err.stack) } }] },
    contexts: runtimeContext(),
    tags: hint.tags,
  };
}

module.exports = { buildEvent };
