'use strict';

const fs = require('fs');

const TAG = /<%([=-]?)([\s\S]*?)%>/g;
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const cache = new Map();

function escape(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);
}

function compile(src, { localsName = 'locals', filename = 'template' } = {}) {
  let code = 'let __out = "";\n';
  let last = 0;
  src.replace(TAG, (match, kind, body, offset) => {
    code += `__out += ${JSON.stringify(src.slice(last, offset))};\n`;
    if (kind === '=') code += `__out += __esc(${body.trim()});\n`;
    else if (kind === '-') code += `__out += (${body.trim()}) ?? "";\n`;
    else code += `${body}\n`;
    last = offset + match.length;
    return match;
  });
  code += `__out += ${JSON.stringify(src.slice(last))};\nreturn __out;`;
  let fn;
  try {
    // eslint-disable-next-line no-new-func
    fn = new Function(localsName, '__esc', `with (${localsName}) {\n${code}\n}`);
  } catch (e) {
    e.message = `${filename}: ${e.message}`;
    throw e;
  }
  return (data = {}) => fn(data, escape);
}

async function renderFile(path, data) {
  const st = await fs.promises.stat(path);
  const key = `${path}:${st.mtimeMs}`;
  if (!cache.has(key)) cache.set(key, compile(await fs.promises.readFile(path, 'utf8'), { filename: path }));
  return cache.get(key)(data);
}

module.exports = { compile, renderFile, escape };
