'use strict';
const TAG = /\{\{\s*([\w.]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g;

function compileToSource(tpl) {
  let code = 'module.exports = function (d, h) { let o = "";\n';
  let last = 0, m;
  while ((m = TAG.exec(tpl))) {
    code += `o += ${JSON.stringify(tpl.slice(last, m.index))};\n`;
    const expr = 'd' + m[1].split('.').map((p) => `[${JSON.stringify(p)}]`).join('');
    const helper = m[2] || 'escape';
    code += `o += h[${JSON.stringify(helper)}](${expr} == null ? "" : ${expr});\n`;
    last = m.index + m[0].length;
  }
  code += `o += ${JSON.stringify(tpl.slice(last))};\nreturn o; };\n`;
  return code;
}

module.exports = { compileToSource };
