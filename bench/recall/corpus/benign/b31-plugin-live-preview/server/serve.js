'use strict';
// Tiny static server with live reload. Usage: node serve.js <root> <port>
const http = require('http');
const fs = require('fs');
const path = require('path');
const { WebSocketServer } = require('ws');

const root = path.resolve(process.argv[2] || '.');
const port = Number(process.argv[3] || 0);
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.md': 'text/plain', '.png': 'image/png', '.svg': 'image/svg+xml' };
const RELOAD = '<script>new WebSocket("ws://"+location.host+"/__reload").onmessage=()=>location.reload()</script>';

const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const file = path.join(root, rel === '/' ? 'index.html' : rel);
  if (!file.startsWith(root + path.sep) && file !== root) { res.writeHead(403); return res.end(); }
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); return res.end('not found'); }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    res.end(type === 'text/html' ? data.toString().replace('</body>', RELOAD + '</body>') : data);
  });
});

const wss = new WebSocketServer({ server, path: '/__reload' });
fs.watch(root, { recursive: true }, () => wss.clients.forEach((c) => c.send('reload')));

server.listen(port, '127.0.0.1', () => process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n'));
