// microtpl: compiles "<%= expr %>", "<%- raw %>" and "<% code %>" templates into functions.
import { escapeHtml } from './escape.js';

const cache = new Map();

export function compile(source, { variable = 'it', cacheKey } = {}) {
  if (cacheKey && cache.has(cacheKey)) return cache.get(cacheKey);
  let code = "let __o='';\n";
  let last = 0;
  const re = /<%([=-]?)([\s\S]+?)%>/g;
  let m;
  while ((m = re.exec(source))) {
    code += '__o+=' + JSON.stringify(source.slice(last, m.index)) + ';\n';
    if (m[1] === '=') code += '__o+=__e(' + m[2].trim() + ');\n';
    else if (m[1] === '-') code += '__o+=(' + m[2].trim() + ');\n';
    else code += m[2] + '\n';
    last = re.lastIndex;
  }
  code += '__o+=' + JSON.stringify(source.slice(last)) + ';\nreturn __o;';
  // Template compilation: the template author's code becomes a function body (same model as EJS/lodash.template).
  const fn = new Function(variable, '__e', code);
  const render = (data) => fn(data, escapeHtml);
  if (cacheKey) cache.set(cacheKey, render);
  return render;
}

export function render(source, data, opts) { return compile(source, opts)(data); }
