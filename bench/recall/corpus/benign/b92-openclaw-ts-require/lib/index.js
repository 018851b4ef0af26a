'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const Module = require('module');

const registrations = [];
let installed = false;
let previous = null;

function transpile(source, filename, compilerOptions) {
  const ts = require('typescript');
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: Object.assign(
      {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        sourceMap: false,
        inlineSourceMap: true,
        inlineSources: true,
      },
      compilerOptions
    ),
    reportDiagnostics: false,
  });
  return out.outputText;
}

function cached(reg, filename, source) {
  const hash = crypto.createHash('sha256').update(source).update(JSON.stringify(reg.compilerOptions || {})).digest('hex').slice(0, 32);
  const file = path.join(reg.cacheDir, `${hash}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {}
  const js = transpile(source, filename, reg.compilerOptions);
  try {
    fs.mkdirSync(reg.cacheDir, { recursive: true });
    fs.writeFileSync(file, js);
  } catch {}
  return js;
}

function owner(filename) {
  return registrations.find((r) => filename.startsWith(r.root + path.sep) && !filename.includes(`${path.sep}node_modules${path.sep}`));
}

function loader(module, filename) {
  const reg = owner(filename);
  if (!reg) {
    if (previous) return previous(module, filename);
    throw new Error(`openclaw-ts-require: ${filename} is outside any registered root`);
  }
  const source = fs.readFileSync(filename, 'utf8');
  module._compile(cached(reg, filename, source), filename);
}

function findCacheDir(root) {
  let dir = root;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'openclaw-ts-require');
    const up = path.dirname(dir);
    if (up === dir) return path.join(root, '.ts-cache');
    dir = up;
  }
}

function register(opts) {
  if (!opts || !opts.root) throw new Error('openclaw-ts-require: root is required');
  const reg = {
    root: fs.realpathSync(path.resolve(opts.root)),
    cacheDir: opts.cacheDir || findCacheDir(path.resolve(opts.root)),
    compilerOptions: opts.compilerOptions,
  };
  registrations.push(reg);
  if (!installed) {
    previous = Module._extensions['.ts'] || null;
    Module._extensions['.ts'] = loader;
    installed = true;
  }
  return function unregister() {
    const i = registrations.indexOf(reg);
    if (i >= 0) registrations.splice(i, 1);
    if (!registrations.length && installed) {
      if (previous) Module._extensions['.ts'] = previous;
      else delete Module._extensions['.ts'];
      installed = false;
    }
  };
}

module.exports = { register };
