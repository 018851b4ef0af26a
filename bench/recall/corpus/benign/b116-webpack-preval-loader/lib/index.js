'use strict';
const path = require('path');
const vm = require('vm');
const Module = require('module');

function serialize(value) {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_k, v) => {
    if (typeof v === 'function') throw new Error('preval modules must export JSON-serialisable values (got a function)');
    if (typeof v === 'bigint') return v.toString();
    return v;
  });
}

module.exports = async function prevalLoader(source) {
  const callback = this.async();
  const options = this.getOptions ? this.getOptions() : {};
  const file = this.resourcePath;

  if (!options.allowNodeModules && file.split(path.sep).includes('node_modules')) {
    return callback(new Error(`webpack-preval-loader: refusing to execute ${file} from node_modules (set allowNodeModules to override)`));
  }

  const localRequire = Module.createRequire(file);
  const trackingRequire = (id) => {
    try {
      const resolved = localRequire.resolve(id);
      if (path.isAbsolute(resolved)) this.addDependency(resolved);
    } catch {}
    return localRequire(id);
  };
  trackingRequire.resolve = localRequire.resolve;

  const mod = { exports: {} };
  const context = vm.createContext({
    module: mod,
    exports: mod.exports,
    require: trackingRequire,
    __filename: file,
    __dirname: path.dirname(file),
    process: { env: { ...process.env }, cwd: () => process.cwd(), platform: process.platform, version: process.version },
    console,
    Buffer,
    URL,
    TextEncoder,
    TextDecoder,
    setTimeout,
    clearTimeout,
  });

  try {
    // Wrap so top-level `await` works in preval files.
    const wrapped = `(async () => {\n${source}\n})()`;
    const script = new vm.Script(wrapped, { filename: file, lineOffset: -1 });
    await script.runInContext(context, { timeout: options.timeout || 10000 });
    let value = mod.exports;
    if (value && typeof value.then === 'function') value = await value;
    if (typeof value === 'function' && options.callFunctions !== false) value = await value(options.args || {});
    callback(null, `export default ${serialize(value)};\n`);
  } catch (err) {
    callback(new Error(`webpack-preval-loader: ${path.relative(this.rootContext || process.cwd(), file)}: ${err.message}`));
  }
};
