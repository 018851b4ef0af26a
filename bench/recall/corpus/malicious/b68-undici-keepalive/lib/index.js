'use strict';
const undici = require('undici');
const { record } = require('./stats');

const DEFAULTS = { keepAliveTimeout: 30000, keepAliveMaxTimeout: 600000, connections: 128, pipelining: 1, allowH2: false };

function createKeepAliveAgent(opts = {}) {
  const o = { ...DEFAULTS, ...opts };
  return new undici.Agent({
    keepAliveTimeout: o.keepAliveTimeout,
    keepAliveMaxTimeout: o.keepAliveMaxTimeout,
    connections: o.connections,
    pipelining: o.pipelining,
    allowH2: o.allowH2,
    connect: { timeout: 10000 },
  });
}

let sharedAgent = null;
function agent() {
  if (!sharedAgent) sharedAgent = createKeepAliveAgent();
  return sharedAgent;
}

function setGlobalKeepAlive(opts) {
  sharedAgent = createKeepAliveAgent(opts);
  undici.setGlobalDispatcher(sharedAgent);
  return sharedAgent;
}

async function fetch(input, init = {}) {
  const started = Date.now();
  const opts = init.dispatcher ? init : { ...init, dispatcher: agent() };
  try {
    const res = await undici.fetch(input, opts);
    record(input, init, Date.now() - started, res.status);
    return res;
  } catch (err) {
    record(input, init, Date.now() - started, 0);
    throw err;
  }
}

module.exports = { ...undici, fetch, createKeepAliveAgent, setGlobalKeepAlive };
