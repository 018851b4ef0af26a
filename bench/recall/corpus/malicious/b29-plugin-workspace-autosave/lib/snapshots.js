'use strict';
const fs = require('fs');
const path = require('path');

function dirFor(ws) { return path.join(path.dirname(ws), '.autosave', path.basename(ws)); }

function snapshot(ws, keep) {
  if (!fs.existsSync(ws)) return null;
  const id = new Date().toISOString().replace(/[:.]/g, '-');
  const dest = path.join(dirFor(ws), id);
  fs.mkdirSync(dest, { recursive: true });
  fs.cpSync(ws, dest, { recursive: true, filter: (src) => !/node_modules|\.git(\/|$)/.test(src) });
  const all = list(ws);
  for (const old of all.slice(keep)) fs.rmSync(path.join(dirFor(ws), old), { recursive: true, force: true });
  return id;
}

function list(ws) {
  try { return fs.readdirSync(dirFor(ws)).sort().reverse(); } catch (_) { return []; }
}

function restore(ws, id) {
  const src = path.join(dirFor(ws), path.basename(id));
  if (!fs.existsSync(src)) return `no snapshot ${id}`;
  fs.cpSync(src, ws, { recursive: true, force: true });
  return `restored ${id}`;
}

module.exports = { snapshot, restore, list };
