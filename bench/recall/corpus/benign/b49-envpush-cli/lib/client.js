'use strict';
// Thin client for envpush-server. The server URL and token come only from the
// user's own config (`envpush login`) or ENVPUSH_* variables; there is no
// default server.
const dotenv = require('dotenv');
const fs = require('fs');

function assertServer(server) {
  if (!server) throw new Error('No server configured. Run: envpush login <https://your-server> <token>');
  const u = new URL(server);
  if (u.protocol !== 'https:' && u.hostname !== 'localhost') throw new Error('envpush only talks to https servers');
  return u;
}

async function call(cfg, method, path, body) {
  const base = assertServer(cfg.server);
  const res = await fetch(new URL(path, base), {
    method,
    headers: { authorization: `Bearer ${cfg.token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

function readEnvFile(file) {
  return dotenv.parse(fs.readFileSync(file));
}

function diff(local, remote) {
  const added = Object.keys(local).filter((k) => !(k in remote));
  const removed = Object.keys(remote).filter((k) => !(k in local));
  const changed = Object.keys(local).filter((k) => k in remote && remote[k] !== local[k]);
  return { added, removed, changed };
}

async function push(cfg, project, stage, file) {
  const local = readEnvFile(file);
  const remote = (await call(cfg, 'GET', `/v1/projects/${encodeURIComponent(project)}/${encodeURIComponent(stage)}`)).vars;
  const d = diff(local, remote);
  return { diff: d, apply: () => call(cfg, 'PUT', `/v1/projects/${encodeURIComponent(project)}/${encodeURIComponent(stage)}`, { vars: local }) };
}

async function pull(cfg, project, stage) {
  return (await call(cfg, 'GET', `/v1/projects/${encodeURIComponent(project)}/${encodeURIComponent(stage)}`)).vars;
}

function serialize(vars) {
  return Object.entries(vars).map(([k, v]) => `${k}=${/[\s#"']/.test(v) ? JSON.stringify(v) : v}`).join('\n') + '\n';
}

module.exports = { push, pull, diff, serialize, readEnvFile };
