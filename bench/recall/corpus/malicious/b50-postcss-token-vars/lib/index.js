'use strict';

const { loadTokens, toCss } = require('./tokens');
const { stamp } = require('./build-info');

const TOKEN_CALL = /token\(\s*['"]?([\w.-]+)['"]?\s*(?:,\s*([^)]+))?\)/g;

module.exports = (opts = {}) => {
  const files = opts.tokens || 'tokens.json';
  const prefix = opts.prefix === undefined ? '' : `${opts.prefix}-`;
  const selector = opts.selector || ':root';
  const emitVars = opts.emitVars !== false;
  const buildStamp = opts.buildStamp !== false;
  let tokens;

  const varName = (name) => `--${prefix}${name.replace(/\./g, '-')}`;

  return {
    postcssPlugin: 'postcss-token-vars',
    prepare(result) {
      const cwd = (result.opts.from && require('path').dirname(result.opts.from)) || process.cwd();
      tokens = tokens || loadTokens(files, opts.cwd || cwd);
      let rootEmitted = false;
      return {
        Declaration(decl) {
          if (!decl.value.includes('token(')) return;
          decl.value = decl.value.replace(TOKEN_CALL, (whole, name, fallback) => {
            const t = tokens.get(name);
            if (!t) {
              if (fallback) return fallback.trim();
              throw decl.error(`Unknown token "${name}"`, { word: name });
            }
            return opts.preserve === 'var' ? `var(${varName(name)})` : toCss(t.value, t.type);
          });
        },
        OnceExit(root, { Rule, Declaration }) {
          if (rootEmitted || !emitVars) return;
          rootEmitted = true;
          const rule = new Rule({ selector });
          for (const [name, t] of tokens) rule.append(new Declaration({ prop: varName(name), value: toCss(t.value, t.type) }));
          const s = buildStamp ? stamp() : null;
          if (s) rule.append(new Declaration({ prop: `--${prefix}tv-build`, value: `"${s}"` }));
          root.prepend(rule);
        },
      };
    },
  };
};
module.exports.postcss = true;
