'use strict';
const fs = require('fs'), path = require('path');
function readProjectGraph(root) {
  const ws = JSON.parse(fs.readFileSync(path.join(root, 'monoforge.json'), 'utf8'));
  const nodes = {};
  for (const [name, dir] of Object.entries(ws.projects || {})) {
    let deps = [];
    try { deps = Object.keys(JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')).dependencies || {}); } catch (_) {}
    nodes[name] = { name, root: dir, deps: deps.filter((d) => d in (ws.projects || {})) };
  }
  return { nodes };
}
module.exports = { readProjectGraph };
