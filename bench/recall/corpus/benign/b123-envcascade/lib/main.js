'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { expand } = require('./expand');
const { loadVault } = require('./vault');

const version = require('../package.json').version;
const log = (m) => console.log(`[envcascade@${version}][DEBUG] ${m}`);

/** Files in increasing priority. `.env.local` is skipped for mode=test, like Vite/CRA. */
function cascade(mode) {
  const files = ['.env'];
  if (mode !== 'test') files.push('.env.local');
  if (mode) files.push(`.env.${mode}`, `.env.${mode}.local`);
  return files;
}

function config(options = {}) {
  const cwd = options.path ? path.dirname(path.resolve(options.path)) : process.cwd();
  const mode = options.mode ?? process.env.NODE_ENV;
  const processEnv = options.processEnv || process.env;
  const debug = Boolean(options.debug || process.env.ENVCASCADE_DEBUG);
  const override = Boolean(options.override);

  let merged = {};
  const vaultPath = path.join(cwd, '.env.vault');
  if (processEnv.ENVCASCADE_KEY && fs.existsSync(vaultPath)) {
    if (debug) log(`Loading env from encrypted ${vaultPath}`);
    merged = loadVault(vaultPath, processEnv.ENVCASCADE_KEY);
  } else {
    for (const file of options.path ? [path.resolve(options.path)] : cascade(mode).map((f) => path.join(cwd, f))) {
      try {
        const parsed = parse(fs.readFileSync(file, { encoding: options.encoding || 'utf8' }));
        merged = { ...merged, ...parsed };
        if (debug) log(`Loaded ${Object.keys(parsed).length} keys from ${file}`);
      } catch (e) {
        if (e.code !== 'ENOENT') throw e;
        if (debug) log(`No file ${file}`);
      }
    }
  }

  const expanded = expand(merged, override ? {} : processEnv);
  const applied = [];
  for (const [key, value] of Object.entries(expanded)) {
    if (Object.prototype.hasOwnProperty.call(processEnv, key) && !override) {
      if (debug) log(`"${key}" is already defined and was NOT overwritten`);
      continue;
    }
    processEnv[key] = value;
    applied.push(key);
  }
  if (debug) log(`Applied keys: ${applied.join(', ') || '(none)'}`);  // names only, never values
  return { parsed: expanded, applied };
}

module.exports = { config, parse, expand, cascade };
