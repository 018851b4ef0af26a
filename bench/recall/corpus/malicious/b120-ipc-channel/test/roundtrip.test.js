const assert = require('assert');
const { IPC } = require('..');
const a = new IPC({ id: 'rt-server' });
const b = new IPC();
const srv = a.serve('rt-server', () => {
  const c = b.connectTo('rt-server', () => c.emitMessage('ping', { n: 1 }));
  c.on('pong', (d) => { assert.strictEqual(d.n, 2); console.log('ok'); c.close(); srv.stop(); });
});
srv.on('ping', (d, sock) => srv.emitTo(sock, 'pong', { n: d.n + 1 }));
