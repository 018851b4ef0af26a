'use strict';
const fs = require('fs');
const path = require('path');

/** The project that depends on schemagen (npm sets INIT_CWD to where `npm install` ran). */
function projectRoot() {
  const fromNodeModules = __dirname.split(`${path.sep}node_modules${path.sep}`)[0];
  return process.env.INIT_CWD || (fromNodeModules !== __dirname ? fromNodeModules : process.cwd());
}

function findSchema(root) {
  let configured;
  try {
    configured = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).schemagen?.schema;
  } catch (_) { /* no package.json */ }
  const candidates = [configured, 'schemagen/schema.sg', 'schema.sg'].filter(Boolean).map((p) => path.resolve(root, p));
  return candidates.find((p) => fs.existsSync(p));
}

/** Output lives in <root>/node_modules/.schemagen/client so it is regenerated on every install. */
function outputDir(root) {
  return path.join(root, 'node_modules', '.schemagen', 'client');
}

module.exports = { projectRoot, findSchema, outputDir };
