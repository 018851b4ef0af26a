const ipc = require('..');
const srv = ipc.serve('demo', (msg, reply) => reply({ pong: msg.ping }));
ipc.connect('demo').then(async (c) => { console.log(await c.request({ ping: 42 })); c.close(); srv.close(); });
