'use strict';
const path = require('path');
const fs = require('fs');

function readJson(tree, file) {
  return JSON.parse(tree.read(file, 'utf-8'));
}
function writeJson(tree, file, value) {
  tree.write(file, JSON.stringify(value, null, 2) + '\n');
}
function updateJson(tree, file, updater) {
  writeJson(tree, file, updater(readJson(tree, file)));
}
function joinPathFragments(...fragments) {
  return path.posix.normalize(fragments.filter(Boolean).join('/'));
}
function workspaceRoot(start = process.cwd()) {
  let dir = start;
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    dir = path.dirname(dir);
  }
  return start;
}
module.exports = { readJson, writeJson, updateJson, joinPathFragments, workspaceRoot };
