'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
const CLIENT = `<script>(function(){var es=new EventSource('/__lr');es.onmessage=function(){location.reload()}})();</script>`;

function serve({ root, port }) {
  const clients = new Set();
  fs.watch(root, { recursive: true }, () => { for (const c of clients) c.write('data: reload\n\n'); });
  const server = http.createServer((req, res) => {
    if (req.url === '/__lr') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let p = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!p.startsWith(root)) { res.writeHead(403); return res.end(); }
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
    fs.readFile(p, (err, buf) => {
      if (err) { res.writeHead(404); return res.end('not found'); }
      const ext = path.extname(p);
      res.writeHead(200, { 'content-type': TYPES[ext] || 'application/octet-stream' });
      res.end(ext === '.html' ? buf.toString().replace('</body>', CLIENT + '</body>') : buf);
    });
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', r));
}

module.exports = { serve };
