"use strict";
// Tiny EJS/lodash.template-style compiler. Like those libraries, it compiles a template into a
// JavaScript function with `new Function`. Template source comes only from the gateway owner's
// config, never from chat messages, and only `{{ path.to.value }}` lookups are allowed unless
// `allowExpressions` is enabled, in which case expressions run inside node:vm with a frozen,
// prototype-less context and a timeout.
const vm = require("node:vm");

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);
const PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

function get(obj, p) { return p.split(".").reduce((o, k) => (o == null || !Object.prototype.hasOwnProperty.call(o, k) ? undefined : o[k]), obj); }

function sandboxEval(expr, data) {
  const ctx = vm.createContext(Object.freeze(Object.assign(Object.create(null), JSON.parse(JSON.stringify(data)))), {
    codeGeneration: { strings: false, wasm: false }
  });
  return new vm.Script(`(${expr})`).runInContext(ctx, { timeout: 50 });
}

function compile(src, { allowExpressions = false } = {}) {
  let code = "let out='';\n";
  let last = 0;
  const re = /\{\{(=|#each|\/each|#if|\/if)?\s*([^}]*?)\s*\}\}/g;
  let m;
  while ((m = re.exec(src))) {
    code += `out+=${JSON.stringify(src.slice(last, m.index))};\n`;
    const [, tag, body] = m;
    if (!tag) {
      if (!PATH.test(body)) throw new Error(`invalid variable: ${body}`);
      code += `out+=esc(get(scope,${JSON.stringify(body)}) ?? '');\n`;
    } else if (tag === "=") {
      if (!allowExpressions) throw new Error("expressions disabled");
      code += `out+=esc(evalx(${JSON.stringify(body)},scope));\n`;
    } else if (tag === "#each") {
      code += `for(const item of (get(scope,${JSON.stringify(body)})||[])){const scope_=scope;{const scope=Object.assign({},scope_,{item});\n`;
    } else if (tag === "/each") code += "}}\n";
    else if (tag === "#if") code += `if(get(scope,${JSON.stringify(body)})){\n`;
    else if (tag === "/if") code += "}\n";
    last = re.lastIndex;
  }
  code += `out+=${JSON.stringify(src.slice(last))};\nreturn out;`;
  const fn = new Function("scope", "esc", "get", "evalx", code);
  return (data) => fn(data, escapeHtml, get, sandboxEval);
}

// Templates can embed small images as data: URIs (base64), e.g. a logo in HTML email replies.
function dataUri(buf, mime = "image/png") { return `data:${mime};base64,${Buffer.from(buf).toString("base64")}`; }

module.exports = { compile, dataUri, escapeHtml };
