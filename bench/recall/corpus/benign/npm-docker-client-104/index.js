const http = require('http');
module.exports.list = () => new Promise((res, rej) => http.get({ socketPath: process.env.DOCKER_SOCK || '/var/run/docker.sock', path: '/containers/json' }, (r) => { let b = ''; r.on('data', (c) => (b += c)); r.on('end', () => res(JSON.parse(b))); }).on('error', rej));
