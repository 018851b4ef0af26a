"use strict";
const fs = require("fs");

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ESC[c]);
const TAG = /<%([=-]?)([\s\S]+?)%>/g;

function compile(tpl, opts = {}) {
  const local = opts.localsName || "it";
  if (!/^[A-Za-z_$][\w$]*$/.test(local)) throw new TypeError("invalid localsName");
  let src = "let __o='';\n", last = 0, m;
  TAG.lastIndex = 0;
  while ((m = TAG.exec(tpl))) {
    src += "__o+=" + JSON.stringify(tpl.slice(last, m.index)) + ";\n";
    const code = m[2].trim();
    if (m[1] === "=") src += `__o+=__e(${code});\n`;
    else if (m[1] === "-") src += `__o+=(${code})??'';\n`;
    else src += code + "\n";
    last = TAG.lastIndex;
  }
  src += "__o+=" + JSON.stringify(tpl.slice(last)) + ";\nreturn __o;";
  let fn;
  try {
    fn = new Function(local, "__e", src);
  } catch (e) {
    e.message = `tiny-template: ${e.message} while compiling template`;
    throw e;
  }
  return (data) => fn(data || {}, escape);
}

const cache = new Map();
function render(tpl, data, opts) {
  let f = cache.get(tpl);
  if (!f) { f = compile(tpl, opts); if (cache.size < 500) cache.set(tpl, f); }
  return f(data);
}

function renderFile(file, data, opts) {
  return render(fs.readFileSync(file, "utf8"), data, opts);
}

module.exports = { compile, render, renderFile, escape };
