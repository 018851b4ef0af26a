'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

let YAML;
function yaml() {
  if (!YAML) YAML = require('yaml');
  return YAML;
}

function places(name) {
  return [
    'package.json',
    `.${name}rc`,
    `.${name}rc.json`,
    `.${name}rc.yaml`,
    `.${name}rc.yml`,
    `.${name}rc.js`,
    `.${name}rc.cjs`,
    `.${name}rc.mjs`,
    `${name}.config.js`,
    `${name}.config.cjs`,
    `${name}.config.mjs`,
    `${name}.config.json`
  ];
}

const loaders = {
  '.json': (file, src) => JSON.parse(src),
  '.yaml': (file, src) => yaml().parse(src),
  '.yml': (file, src) => yaml().parse(src),
  '.cjs': (file) => {
    delete require.cache[require.resolve(file)];
    return require(file);
  },
  '.mjs': async (file) => (await import(pathToFileURL(file).href + `?t=${Date.now()}`)).default,
  '.js': async (file) => {
    try {
      delete require.cache[require.resolve(file)];
      return require(file);
    } catch (err) {
      if (err.code === 'ERR_REQUIRE_ESM') return loaders['.mjs'](file);
      throw err;
    }
  },
  noExt: (file, src) => {
    try {
      return JSON.parse(src);
    } catch {
      return yaml().parse(src);
    }
  }
};

function rcseek(name, options = {}) {
  const searchPlaces = options.searchPlaces || places(name);
  const stopDir = path.resolve(options.stopDir || os.homedir());
  const packageProp = options.packageProp || name;
  const cache = new Map();

  async function loadFile(filepath) {
    const base = path.basename(filepath);
    const src = fs.readFileSync(filepath, 'utf8');
    if (base === 'package.json') {
      const pkg = JSON.parse(src);
      return pkg[packageProp];
    }
    const ext = path.extname(base);
    const loader = loaders[ext] || loaders.noExt;
    let config = await loader(filepath, src);
    if (typeof config === 'function' && options.callFunctions !== false) config = await config();
    return config;
  }

  async function searchDir(dir) {
    if (cache.has(dir)) return cache.get(dir);
    for (const place of searchPlaces) {
      const filepath = path.join(dir, place);
      if (!fs.existsSync(filepath)) continue;
      const config = await loadFile(filepath);
      if (config === undefined) continue;
      const result = { config, filepath, isEmpty: config == null };
      cache.set(dir, result);
      return result;
    }
    cache.set(dir, null);
    return null;
  }

  return {
    async search(from = process.cwd()) {
      let dir = path.resolve(from);
      for (;;) {
        const result = await searchDir(dir);
        if (result) return result;
        const parent = path.dirname(dir);
        if (dir === stopDir || parent === dir) return null;
        dir = parent;
      }
    },
    async load(filepath) {
      const abs = path.resolve(filepath);
      return { config: await loadFile(abs), filepath: abs };
    },
    clearCaches() {
      cache.clear();
    }
  };
}

module.exports = { rcseek, defaultSearchPlaces: places };
