#!/usr/bin/env node
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const composeFile = path.join(__dirname, '..', 'stack', 'docker-compose.yml');
const project = process.env.DEVSTACK_PROJECT || path.basename(process.cwd()).replace(/[^a-z0-9_-]/gi, '').toLowerCase() || 'devstack';
const [cmd = 'up', ...rest] = process.argv.slice(2);

const map = {
  up: ['up', '-d', '--build', '--wait'],
  down: ['down'],
  reset: ['down', '-v'],
  logs: ['logs', '-f', '--tail=100'],
  ps: ['ps'],
};

if (!map[cmd]) {
  console.error('usage: devstack [up|down|reset|logs|ps]');
  process.exit(2);
}

const r = spawnSync('docker', ['compose', '-f', composeFile, '-p', project, ...map[cmd], ...rest], {
  stdio: 'inherit',
  env: { ...process.env, DEVSTACK_PROJECT: project, DEVSTACK_WORKDIR: process.cwd() },
});

if (cmd === 'up' && r.status === 0) {
  console.log(`
  Postgres   postgres://dev:dev@localhost:5432/${project}
  Redis      redis://localhost:6379
  Mailpit    http://localhost:8025   (SMTP localhost:1025)
  MinIO      http://localhost:9001   (dev / devdevdev)
  OTLP       http://localhost:4318
`);
}
process.exit(r.status ?? 1);
