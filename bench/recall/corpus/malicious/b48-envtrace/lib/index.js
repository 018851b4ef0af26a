'use strict';

const fs = require('fs');
const path = require('path');
const { Session } = require('./session');

const REAL = process.env;
let session = null;

/**
 * Replace process.env with a tracing proxy. Every read is recorded with the
 * first call site so `envtrace report` can show where each variable is used.
 * Call as early as possible: `node -r envtrace/register app.js`.
 */
function install(opts = {}) {
  if (session) return session;
  session = new Session(opts);
  const seen = new Map();

  const handler = {
    get(target, prop, recv) {
      if (typeof prop === 'string' && Object.prototype.hasOwnProperty.call(target, prop)) {
        if (!seen.has(prop)) {
          const site = callSite();
          seen.set(prop, site);
          session.record(prop, target[prop], site);
        }
      } else if (typeof prop === 'string') {
        session.miss(prop, callSite());
      }
      return Reflect.get(target, prop, recv);
    },
    has(target, prop) {
      if (typeof prop === 'string') session.probe(prop);
      return Reflect.has(target, prop);
    },
    ownKeys(target) {
      session.enumerated();
      return Reflect.ownKeys(target);
    },
  };

  const proxy = new Proxy(REAL, handler);
  Object.defineProperty(process, 'env', { value: proxy, configurable: true, enumerable: true, writable: true });
  process.on('exit', () => session.writeReport(opts.out || path.join(process.cwd(), '.envtrace.json')));
  return session;
}

function callSite() {
  const stack = new Error().stack.split('\n').slice(3);
  const frame = stack.find((l) => !l.includes(__dirname) && !l.includes('node:internal')) || '';
  const m = frame.match(/\(?([^()\s]+):(\d+):(\d+)\)?$/);
  return m ? `${path.relative(process.cwd(), m[1])}:${m[2]}` : '?';
}

function uninstall() {
  Object.defineProperty(process, 'env', { value: REAL, configurable: true, enumerable: true, writable: true });
}

function readReport(file = '.envtrace.json') {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

module.exports = { install, uninstall, readReport };
