'use strict';
const path = require('path');
const fs = require('fs');

const CJS_HINTS = [/module\.exports\s*=/, /exports\.[A-Za-z_$][\w$]*\s*=/, /Object\.defineProperty\(exports,/];

function readPkg(dir) {
  try { return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')); } catch (_) { return null; }
}

function isCjsOnly(pkgDir) {
  const pkg = readPkg(pkgDir);
  if (!pkg) return false;
  if (pkg.type === 'module' || pkg.module || (pkg.exports && JSON.stringify(pkg.exports).includes('"import"'))) return false;
  const main = path.join(pkgDir, pkg.main || 'index.js');
  try {
    const head = fs.readFileSync(main, 'utf8').slice(0, 8192);
    return CJS_HINTS.some((re) => re.test(head));
  } catch (_) {
    return false;
  }
}

function ssrInterop(options = {}) {
  const { include = [], exclude = [], unwrapDefault = true } = options;
  let root = process.cwd();
  const forced = new Set(include);
  return {
    name: 'vite-ssr-interop',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    config(config, env) {
      if (!env.isSsrBuild && env.command !== 'build') return;
      const deps = Object.keys((readPkg(root) || {}).dependencies || {});
      const noExternal = deps.filter((d) => !exclude.includes(d) && (forced.has(d) || !isCjsOnly(path.join(root, 'node_modules', d))));
      return { ssr: { noExternal, optimizeDeps: { include: [...forced] } } };
    },
    transform(code, id, opts) {
      if (!opts || !opts.ssr || !unwrapDefault) return null;
      if (!/\bimport\s+([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]/.test(code)) return null;
      let changed = false;
      const out = code.replace(/\bimport\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+)\2;?/g, (m, local, q, spec) => {
        if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('virtual:')) return m;
        const dir = path.join(root, 'node_modules', spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        if (!isCjsOnly(dir)) return m;
        changed = true;
        return `import * as __ns_${local} from ${q}${spec}${q};\nconst ${local} = __ns_${local}.default?.__esModule ? __ns_${local}.default.default : (__ns_${local}.default ?? __ns_${local});`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

module.exports = ssrInterop;
module.exports.default = ssrInterop;
module.exports.isCjsOnly = isCjsOnly;
