'use strict';

const PATH = /^(?:@?[A-Za-z_$][\w$-]*|this|\.\.)(?:[./](?:[A-Za-z_$][\w$-]*|\.\.|\d+))*$/;

function tokenize(src) {
  const re = /(\s*)\{\{(~?)(\{?)([#/^>!&]?)\s*([\s\S]*?)\s*(\}?)(~?)\}\}(\s*)/g;
  const out = [];
  let last = 0;
  let m;
  while ((m = re.exec(src))) {
    const [full, lws, ltrim, triple, sigil, body, , rtrim, rws] = m;
    let start = m.index;
    if (!ltrim) start += lws.length;
    if (start > last) out.push({ t: 'text', v: src.slice(last, start) });
    out.push({ t: triple ? '&' : sigil || 'var', v: body });
    last = m.index + full.length - (rtrim ? 0 : rws.length);
  }
  if (last < src.length) out.push({ t: 'text', v: src.slice(last) });
  return out;
}

function ref(path) {
  if (!PATH.test(path)) throw new SyntaxError(`handlebrace: invalid expression "${path}"`);
  return `lk(c,d,${JSON.stringify(path)})`;
}

function args(body) {
  const parts = body.match(/"[^"]*"|'[^']*'|\S+/g) || [];
  return parts.map((p) => (/^["']/.test(p) ? JSON.stringify(p.slice(1, -1)) : /^-?\d+(\.\d+)?$/.test(p) ? p : ref(p)));
}

function compileToSource(src) {
  const stack = [];
  let code = 'var o="";';
  for (const tok of tokenize(src)) {
    if (tok.t === 'text') {
      code += `o+=${JSON.stringify(tok.v)};`;
      continue;
    }
    if (tok.t === '!') continue;
    const [head, ...rest] = tok.v.split(/\s+/);
    if (tok.t === 'var' || tok.t === '&') {
      const wrap = tok.t === '&' ? 's' : 'e';
      if (rest.length) code += `o+=${wrap}(h(${JSON.stringify(head)}).call(c,${args(rest.join(' ')).join(',')}));`;
      else code += head === 'else' ? '}else{' : `o+=${wrap}(${ref(head)});`;
    } else if (tok.t === '#') {
      stack.push(head);
      const a = args(rest.join(' '));
      if (head === 'if') code += `if(tr(${a[0]})){`;
      else if (head === 'unless') code += `if(!tr(${a[0]})){`;
      else if (head === 'with') code += `(function(c,d){{`;
      else if (head === 'each') code += `ea(${a[0]},d,function(c,d){{`;
      else throw new SyntaxError(`handlebrace: unknown block helper ${head}`);
      if (head === 'with') stack[stack.length - 1] = `with:${a[0]}`;
    } else if (tok.t === '/') {
      const open = stack.pop() || '';
      if (open.split(':')[0] !== head) throw new SyntaxError(`handlebrace: {{/${head}}} does not match {{#${open}}}`);
      if (head === 'if' || head === 'unless') code += '}';
      else if (head === 'with') code += `}})(${open.slice(5)},d);`;
      else code += '}});';
    } else if (tok.t === '>') {
      code += `o+=p(${JSON.stringify(head)},${rest.length ? args(rest.join(' '))[0] : 'c'});`;
    }
  }
  if (stack.length) throw new SyntaxError(`handlebrace: unclosed {{#${stack.pop()}}}`);
  return code + 'return o;';
}

module.exports = { compileToSource, tokenize };
