'use strict';
const { Tree } = require('./src/tree');
const { readProjectGraph } = require('./src/graph');

function readJson(tree, p) { return JSON.parse(tree.read(p, 'utf8')); }
function writeJson(tree, p, v) { tree.write(p, JSON.stringify(v, null, 2) + '\n'); }
function updateJson(tree, p, fn) { writeJson(tree, p, fn(readJson(tree, p))); }
async function formatFiles(tree) {
  for (const c of tree.listChanges()) if (c.path.endsWith('.json')) {
    try { tree.write(c.path, JSON.stringify(JSON.parse(c.content.toString()), null, 2) + '\n'); } catch (_) {}
  }
}
module.exports = { Tree, readJson, writeJson, updateJson, formatFiles, readProjectGraph };
