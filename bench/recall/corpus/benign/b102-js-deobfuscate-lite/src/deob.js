'use strict';

const B64_CALL = /(?:atob\(\s*|Buffer\.from\(\s*)(["'`])([A-Za-z0-9+/=]{8,})\1(?:\s*,\s*(["'])base64\3)?\s*\)(?:\.toString\(\s*(?:["']utf-?8["'])?\s*\))?/g;
const HEX_CALL = /Buffer\.from\(\s*(["'])([0-9a-fA-F]{8,})\1\s*,\s*(["'])hex\3\s*\)(?:\.toString\([^)]*\))?/g;
const CHARCODE = /String\.fromCharCode\(\s*((?:0x[0-9a-f]+|\d+)(?:\s*,\s*(?:0x[0-9a-f]+|\d+))*)\s*\)/gi;
const CONCAT = /(["'])((?:\\.|(?!\1).)*)\1\s*\+\s*(["'])((?:\\.|(?!\3).)*)\3/g;
const REVERSE = /\[\s*((?:(["'])(?:\\.|(?!\2).)*\2\s*,?\s*)+)\]\s*\.reverse\(\)\s*\.join\(\s*(["'])\3\s*\)/g;

const SINKS = [
  ['eval', /\beval\s*\(/],
  ['Function-constructor', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/],
  ['child_process', /child_process/],
  ['exec', /\bexec(Sync|File|FileSync)?\s*\(/],
  ['spawn', /\bspawn(Sync)?\s*\(/],
  ['network', /\b(fetch|https?\.(request|get)|XMLHttpRequest|net\.connect|dns\.resolve)\b/],
  ['dynamic-require', /require\(\s*[^"'`)\s]/],
];
const IOCS = {
  url: /\bhttps?:\/\/[^\s"'`<>)]+/g,
  ipv4: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g,
  credPath: /(\.ssh\/id_\w+|\.aws\/credentials|\.npmrc|\.pypirc|openclaw\.json|Login Data|\.env\b)/g,
};

function unescapeLiteral(s) {
  return s
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\u\{?([0-9a-fA-F]{4,6})\}?/g, (_, h) => String.fromCodePoint(parseInt(h, 16)));
}

function q(s) {
  return JSON.stringify(s);
}

function printable(s) {
  return /^[\x09\x0a\x0d\x20-\x7e]*$/.test(s);
}

function pass(src, steps) {
  let out = src;
  out = out.replace(/(["'])((?:\\.|(?!\1).)*)\1/g, (m, qch, body) => (/\\[xu]/.test(body) ? q(unescapeLiteral(body)) : m));
  out = out.replace(B64_CALL, (m, _q, b64) => {
    const d = Buffer.from(b64, 'base64').toString('utf8');
    if (!printable(d)) return m;
    steps.push({ kind: 'base64', from: b64.slice(0, 40), to: d.slice(0, 200) });
    return q(d);
  });
  out = out.replace(HEX_CALL, (m, _q, hex) => {
    const d = Buffer.from(hex, 'hex').toString('utf8');
    if (!printable(d)) return m;
    steps.push({ kind: 'hex', from: hex.slice(0, 40), to: d.slice(0, 200) });
    return q(d);
  });
  out = out.replace(CHARCODE, (m, list) => {
    const d = list.split(',').map((x) => String.fromCharCode(Number(x.trim()))).join('');
    steps.push({ kind: 'fromCharCode', to: d.slice(0, 200) });
    return q(d);
  });
  out = out.replace(REVERSE, (m, items) => {
    const parts = [...items.matchAll(/(["'])((?:\\.|(?!\1).)*)\1/g)].map((x) => x[2]);
    const d = parts.reverse().join('');
    steps.push({ kind: 'reverse-join', to: d.slice(0, 200) });
    return q(d);
  });
  let prev;
  do {
    prev = out;
    out = out.replace(CONCAT, (m, _a, x, _b, y) => q(x + y));
  } while (out !== prev);
  return out;
}

function deobfuscate(src, { maxPasses = 6 } = {}) {
  const steps = [];
  let cur = src;
  for (let i = 0; i < maxPasses; i++) {
    const next = pass(cur, steps);
    if (next === cur) break;
    cur = next;
  }
  const sinks = SINKS.filter(([, re]) => re.test(cur)).map(([n]) => n);
  const iocs = {};
  for (const [k, re] of Object.entries(IOCS)) iocs[k] = [...new Set(cur.match(re) || [])];
  return { output: cur, steps, sinks, iocs };
}

module.exports = { deobfuscate, unescapeLiteral };
