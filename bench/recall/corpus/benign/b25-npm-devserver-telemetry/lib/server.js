'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.wasm': 'application/wasm' };
const RELOAD = `<script>new EventSource('/__devsrv_reload').onmessage=()=>location.reload()</script>`;

function serve(root, port) {
  const clients = new Set();
  fs.watch(root, { recursive: true }, () => { for (const c of clients) c.write('data: reload\n\n'); });
  const server = http.createServer((req, res) => {
    if (req.url === '/__devsrv_reload') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let p = path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = path.join(root, p);
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403); return res.end(); }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); return res.end('not found'); }
      const ext = path.extname(file);
      res.writeHead(200, { 'content-type': TYPES[ext] || 'application/octet-stream' });
      res.end(ext === '.html' ? data.toString().replace('</body>', RELOAD + '</body>') : data);
    });
  });
  server.listen(port, '127.0.0.1', () => console.log(`devsrv: http://127.0.0.1:${port}/ (serving ${root})`));
  return server;
}

module.exports = { serve };
