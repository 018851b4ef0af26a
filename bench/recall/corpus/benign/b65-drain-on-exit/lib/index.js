'use strict';

const { LogBuffer } = require('./logbuffer');

function trackConnections(server) {
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

function graceful({ servers = [], logBuffers = [], onShutdown, timeoutMs = 10000, signals = ['SIGTERM', 'SIGINT'], logger = console } = {}) {
  const tracked = servers.map((srv) => ({ srv, sockets: trackConnections(srv) }));
  let shuttingDown = false;

  async function shutdown(signal) {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info(`[drain-on-exit] ${signal}: draining`);

    const force = setTimeout(() => {
      logger.error(`[drain-on-exit] forced exit after ${timeoutMs}ms`);
      for (const b of logBuffers) b.close();
      process.exit(1);
    }, timeoutMs);
    force.unref();

    await Promise.all(tracked.map(({ srv, sockets }) => new Promise((resolve) => {
      srv.close(() => resolve());
      for (const s of sockets) {
        // Idle keep-alive sockets would hold close() open forever.
        if (!s._httpMessage) s.destroy();
      }
    })));

    try {
      if (onShutdown) await onShutdown(signal);
    } catch (err) {
      logger.error(`[drain-on-exit] onShutdown failed: ${err.message}`);
    }
    for (const b of logBuffers) b.close();
    clearTimeout(force);
    process.exit(0);
  }

  for (const sig of signals) process.once(sig, () => shutdown(sig));
  process.once('beforeExit', () => { for (const b of logBuffers) b.close(); });
  return { shutdown, isShuttingDown: () => shuttingDown };
}

module.exports = { graceful, LogBuffer };
