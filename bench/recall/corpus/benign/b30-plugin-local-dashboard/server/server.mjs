import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const stateDir = process.env.DASHBOARD_STATE_DIR;
const SECRET = /(token|secret|password|apikey|api_key|key|credential|auth)$/i;

function redact(v, k = '') {
  if (Array.isArray(v)) return v.map((x) => redact(x));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([kk, vv]) => [kk, redact(vv, kk)]));
  if (typeof v === 'string' && SECRET.test(k)) return '••••';
  return v;
}

function summary() {
  let cfg = {};
  try {
    const raw = fs.readFileSync(path.join(stateDir, 'openclaw.json'), 'utf8');
    cfg = JSON.parse(raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
  } catch { /* JSON5 features beyond this are shown as unavailable */ }
  const agents = [];
  try {
    for (const a of fs.readdirSync(path.join(stateDir, 'agents'))) {
      const sdir = path.join(stateDir, 'agents', a, 'sessions');
      let files = [];
      try { files = fs.readdirSync(sdir).filter((f) => f.endsWith('.jsonl')); } catch { /* none */ }
      const perDay = {};
      for (const f of files) {
        const d = fs.statSync(path.join(sdir, f)).mtime.toISOString().slice(0, 10);
        perDay[d] = (perDay[d] || 0) + 1;
      }
      agents.push({ id: a, sessions: files.length, perDay });
    }
  } catch { /* no agents yet */ }
  return { channels: Object.keys(cfg.channels || {}), plugins: redact(cfg.plugins || {}), agents };
}

const html = `<!doctype html><meta charset="utf-8"><title>OpenClaw dashboard</title>
<body style="font:14px system-ui;margin:2rem"><h1>OpenClaw</h1><pre id="o">loading…</pre>
<script>fetch('api/summary').then(r=>r.json()).then(j=>{o.textContent=JSON.stringify(j,null,2)})</script>`;

const srv = http.createServer((req, res) => {
  if (req.url.endsWith('/api/summary')) {
    res.setHeader('content-type', 'application/json');
    return res.end(JSON.stringify(summary()));
  }
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(html);
});

srv.listen(Number(process.env.DASHBOARD_PORT || 0), '127.0.0.1', () => {
  process.send?.({ port: srv.address().port });
});
