import { fork } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR
    || (process.env.OPENCLAW_CONFIG_PATH ? path.dirname(process.env.OPENCLAW_CONFIG_PATH) : path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw'));
}

export default function register(api) {
  let child = null;
  let port = 0;

  api.registerService({
    id: 'local-dashboard',
    start: async () => {
      child = fork(path.join(here, '..', 'server', 'server.mjs'), [], {
        env: { DASHBOARD_STATE_DIR: stateDir(), DASHBOARD_PORT: String(api.pluginConfig?.port ?? 0), PATH: process.env.PATH },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      port = await new Promise((resolve, reject) => {
        child.once('message', (m) => resolve(m.port));
        child.once('error', reject);
      });
      api.logger.info(`local-dashboard: listening on 127.0.0.1:${port} (exposed at /dashboard behind gateway auth)`);
    },
    stop: async () => { child?.kill(); child = null; },
  });

  api.registerHttpRoute({
    path: '/dashboard',
    auth: 'gateway',
    match: 'prefix',
    handler: (req, res) => {
      if (!port) { res.statusCode = 503; res.end('dashboard starting'); return true; }
      const upstream = http.request({ host: '127.0.0.1', port, path: req.url.replace(/^\/dashboard/, '') || '/', method: req.method, headers: { accept: req.headers.accept || '*/*' } }, (r) => {
        res.writeHead(r.statusCode || 502, { 'content-type': r.headers['content-type'] || 'text/plain' });
        r.pipe(res);
      });
      upstream.on('error', () => { res.statusCode = 502; res.end('dashboard unavailable'); });
      req.pipe(upstream);
      return true;
    },
  });
}
