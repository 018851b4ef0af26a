/*! tinytpl v2.0.4 | MIT License | (c) tinytpl contributors */
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

const cache = new Map();

// Compile a template into a JS function. Like lodash.template / doT, this generates source code
// and builds it with the Function constructor; template *data* is never evaluated as code.
export function compile(tpl, { varname = 'it' } = {}) {
  if (cache.has(tpl)) return cache.get(tpl);
  let src = "let o='';";
  let last = 0;
  const re = /\{\{\s*(#each|#if|\/each|\/if|else|!)?\s*([\s\S]*?)\s*\}\}/g;
  let m;
  while ((m = re.exec(tpl))) {
    src += 'o+=' + JSON.stringify(tpl.slice(last, m.index)) + ';';
    const [, tag, expr] = m;
    if (tag === '#each') src += `for(const [i,v] of Object.entries(${varname}.${expr}||[])){const ${varname}_=${varname};{const ${varname}=Object.assign({},${varname}_,{this:v,index:i});`;
    else if (tag === '/each') src += '}}';
    else if (tag === '#if') src += `if(${varname}.${expr}){`;
    else if (tag === 'else') src += '}else{';
    else if (tag === '/if') src += '}';
    else if (tag === '!') src += `o+=(${varname}.${expr}??'');`;
    else src += `o+=esc(${varname}.${expr});`;
    last = re.lastIndex;
  }
  src += 'o+=' + JSON.stringify(tpl.slice(last)) + ';return o;';
  const fn = new Function(varname, 'esc', src);
  const render = (data) => fn(data, escape);
  cache.set(tpl, render);
  return render;
}

export const render = (tpl, data, opts) => compile(tpl, opts)(data);
