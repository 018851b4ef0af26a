'use strict';
const probes = require('./probes');

let cached;
function env() {
  if (cached) return cached;
  cached = {
    ci: probes.ci(),
    container: probes.container(),
    sandbox: probes.sandbox(),
    wsl: probes.wsl(),
    root: probes.isRoot(),
    ...probes.resources(),
  };
  return cached;
}

const REASONS = {
  container: () => env().container && `running in a ${env().container} container`,
  sandbox: () => env().sandbox && `running in a ${env().sandbox} sandbox`,
  ci: () => env().ci && 'running on CI',
  'no-root': () => !env().root && 'needs root',
  root: () => env().root && 'must not run as root',
  'no-userns': () => !probes.canUserNamespace() && 'unprivileged user namespaces unavailable',
  'no-low-ports': () => !probes.canBindLowPort() && 'cannot bind ports < 1024',
  'no-network': () => !probes.network() && 'no DNS/network',
  wsl: () => env().wsl && 'running under WSL',
};

// skipIf('container', 'no-userns') -> reason string or false
function skipIf(...conds) {
  for (const c of conds) {
    if (typeof c === 'function') { const r = c(env()); if (r) return typeof r === 'string' ? r : 'custom condition'; continue; }
    if (c.startsWith('no-bin:')) { const b = c.slice(7); if (!probes.hasBinary(b)) return `${b} not installed`; continue; }
    const fn = REASONS[c];
    if (!fn) throw new Error(`testenv-probe: unknown condition ${c}`);
    const r = fn();
    if (r) return r;
  }
  return false;
}

// Scale a timeout for slow/virtualised machines.
function timeout(ms) {
  const e = env();
  let f = probes.slowness();
  if (e.ci) f *= 1.5;
  if (e.container || e.sandbox) f *= 1.3;
  return Math.round(ms * Math.min(f, 6));
}

function describeEnv() {
  const e = env();
  return `ci=${e.ci} container=${e.container || '-'} sandbox=${e.sandbox || '-'} root=${e.root} cpus=${e.cpus} mem=${e.memGB}GB`;
}

module.exports = { env, skipIf, timeout, describeEnv, probes };
