'use strict';
const path = require('path');
const { loadCatalog, interpolate } = require('./catalog');
const compat = require('./compat');

module.exports = function i18nKeys(api, options = {}) {
  api.assertVersion(7);
  const t = api.types;
  const fnName = options.fn || 't';
  const strict = options.strict !== false;

  return {
    name: 'i18n-keys',
    pre(file) {
      const root = file.opts.root || process.cwd();
      this.catalog = loadCatalog(path.resolve(root, options.dir || 'locales'), options.locale || 'en');
      this.needsHelper = false;
    },
    visitor: {
      CallExpression(p, state) {
        const callee = p.node.callee;
        const isT = t.isIdentifier(callee, { name: fnName }) ||
          (t.isMemberExpression(callee) && t.isIdentifier(callee.property, { name: fnName }));
        if (!isT) return;
        const [keyArg, valuesArg] = p.node.arguments;
        if (!t.isStringLiteral(keyArg)) return;
        const msg = state.catalog[keyArg.value];
        if (msg === undefined) {
          if (strict) throw p.buildCodeFrameError(`i18n-keys: missing key "${keyArg.value}"`);
          return;
        }
        p.replaceWith(interpolate(t, msg, valuesArg));
      },
      Function(p, state) {
        compat.visit(t, p, state);
      },
    },
    post(file) {
      if (this.needsHelper) compat.emitHelper(t, file);
    },
  };
};
