// Logic-less mustache compiler. Generated code embeds template text only via
// JSON.stringify and variable paths only after validation, so compiling an
// untrusted template is safe.

const PATH = /^(\.|[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*)$/;
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(v) {
  return v == null ? '' : String(v).replace(/[&<>"']/g, (c) => ESC[c]);
}

export function lookup(stack, path) {
  if (path === '.') return stack[stack.length - 1];
  const parts = path.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const ctx = stack[i];
    if (ctx != null && typeof ctx === 'object' && Object.prototype.hasOwnProperty.call(ctx, parts[0])) {
      let v = ctx;
      for (const p of parts) {
        if (v == null || !Object.prototype.hasOwnProperty.call(Object(v), p)) return undefined;
        v = v[p];
      }
      return typeof v === 'function' ? undefined : v;
    }
  }
  return undefined;
}

function tokenize(src) {
  const re = /\{\{(\{|&|#|\^|\/|!)?\s*([^}]*?)\s*\}?\}\}/g;
  const out = [];
  let last = 0;
  let m;
  while ((m = re.exec(src))) {
    if (m.index > last) out.push(['text', src.slice(last, m.index)]);
    const [, sigil, name] = m;
    if (sigil !== '!') {
      if (!PATH.test(name)) throw new SyntaxError(`invalid tag "${name}"`);
      out.push([sigil || 'name', name]);
    }
    last = re.lastIndex;
  }
  if (last < src.length) out.push(['text', src.slice(last)]);
  return out;
}

export function compile(src) {
  const open = [];
  let code = 'var o="";';
  for (const [type, value] of tokenize(src)) {
    const v = JSON.stringify(value);
    if (type === 'text') code += `o+=${v};`;
    else if (type === 'name') code += `o+=esc(get(s,${v}));`;
    else if (type === '{' || type === '&') code += `o+=str(get(s,${v}));`;
    else if (type === '#') {
      open.push(value);
      code += `(function(x){var l=Array.isArray(x)?x:(x?[x]:[]);for(var i=0;i<l.length;i++){s.push(l[i]);`;
    } else if (type === '^') {
      open.push(value);
      code += `(function(x){if(!x||(Array.isArray(x)&&!x.length)){s.push({});`;
    } else if (type === '/') {
      if (open.pop() !== value) throw new SyntaxError(`unexpected closing tag ${value}`);
      code += `s.pop();}})(get(s,${v}));`;
    }
  }
  if (open.length) throw new SyntaxError(`unclosed section ${open.pop()}`);
  code += 'return o;';
  // eslint-disable-next-line no-new-func
  const fn = new Function('s', 'get', 'esc', 'str', code);
  return (data) => fn([data], lookup, escapeHtml, (x) => (x == null ? '' : String(x)));
}
