'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { WebSocketServer } = require('ws');

const CLIENT = fs.readFileSync(path.join(__dirname, '..', 'client', 'hmr.js'), 'utf8');
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

function runBuild(cmd) {
  return new Promise((resolve) => {
    // the user's own build command, from the --build flag
    const p = spawn(cmd, { shell: true, stdio: 'inherit' });
    p.on('exit', (code) => resolve(code === 0));
  });
}

function start({ root, host, port, build }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    if (url.pathname === '/@hmr/client.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end(CLIENT); }
    let file = path.normalize(path.join(root, url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, buf) => {
      if (err) { res.writeHead(404); return res.end('not found'); }
      const ext = path.extname(file);
      res.writeHead(200, { 'content-type': MIME[ext] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(ext === '.html' ? buf.toString().replace('</head>', '<script type="module" src="/@hmr/client.js"></script></head>') : buf);
    });
  });

  const wss = new WebSocketServer({
    server,
    path: '/@hmr',
    verifyClient: ({ origin, req }) => !origin || new URL(origin).host === req.headers.host,
  });
  const broadcast = (msg) => { for (const c of wss.clients) if (c.readyState === 1) c.send(JSON.stringify(msg)); };

  let timer;
  fs.watch(root, { recursive: true }, (_ev, name) => {
    if (!name) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (build && !(await runBuild(build))) return broadcast({ type: 'error', message: 'build failed' });
      const rel = '/' + name.split(path.sep).join('/');
      broadcast(rel.endsWith('.css') ? { type: 'css', path: rel } : rel.endsWith('.html') ? { type: 'reload' } : { type: 'js', path: rel });
    }, 80);
  });

  server.listen(port, host, () => console.log(`hotpage: http://${host}:${port}`));
  return server;
}

module.exports = { start };
