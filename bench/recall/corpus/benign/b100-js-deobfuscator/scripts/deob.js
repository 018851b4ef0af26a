#!/usr/bin/env node
'use strict';

// Static-first deobfuscator for obfuscator.io-style JavaScript.
//
//   node deob.js <sample.js> [--out clean.js] [--report]
//
// The sample is NEVER executed. Only three self-contained pieces extracted from it
// (string-array function, decoder function, rotation IIFE) are evaluated, and only
// inside a vm context with no globals beyond ECMAScript built-ins, with string code
// generation disabled, in a worker with a heap cap and a 2 s timeout. Everything
// else is pure text transformation.

const fs = require('fs');
const path = require('path');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  const vm = require('vm');
  const ctx = vm.createContext(Object.create(null), { codeGeneration: { strings: false, wasm: false } });
  try {
    vm.runInContext(workerData.harness, ctx, { timeout: 2000 });
    const dec = vm.runInContext(workerData.decoder, ctx, { timeout: 500 });
    const out = {};
    for (const idx of workerData.indices) {
      try {
        const v = vm.runInContext(`${workerData.decoder}(${idx})`, ctx, { timeout: 200 });
        if (typeof v === 'string') out[idx] = v;
      } catch (e) {
        /* leave unresolved */
      }
    }
    parentPort.postMessage({ ok: typeof dec === 'function', strings: out });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String(e.message || e) });
  }
  return;
}

function matchBlock(src, start) {
  // returns index just past the brace block that starts at src[start] === '{'
  let depth = 0;
  let quote = null;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

function extractFunction(src, name) {
  const m = new RegExp(`function ${name}\\s*\\(`).exec(src);
  if (!m) return null;
  const open = src.indexOf('{', m.index);
  const end = matchBlock(src, open);
  return end > 0 ? src.slice(m.index, end) : null;
}

function findPieces(src) {
  const arr = /function (_0x[0-9a-f]+)\(\)\{(?:const|var|let) _0x[0-9a-f]+=\[/.exec(src);
  if (!arr) return null;
  const arrName = arr[1];
  const dec = new RegExp(`function (_0x[0-9a-f]+)\\(_0x[0-9a-f]+,_0x[0-9a-f]+\\)\\{(?:const|var|let) _0x[0-9a-f]+=${arrName}\\(\\)`).exec(src);
  if (!dec) return null;
  const decName = dec[1];
  const rotEnd = src.indexOf(`}(${arrName},0x`);
  let rotation = '';
  if (rotEnd > 0) {
    const start = src.lastIndexOf('(function(', rotEnd);
    const close = src.indexOf('));', rotEnd);
    if (start >= 0 && close > 0) rotation = src.slice(start, close + 3);
  }
  const aliases = new Set([decName]);
  const aliasRe = new RegExp(`(?:const|var|let)?\\s*(_0x[0-9a-f]+)=${decName}[;,]`, 'g');
  let a;
  while ((a = aliasRe.exec(src))) aliases.add(a[1]);
  return { arrName, decName, aliases: [...aliases], arrFn: extractFunction(src, arrName), decFn: extractFunction(src, decName), rotation };
}

function resolveStrings(pieces, indices) {
  const harness = `${pieces.arrFn}\n${pieces.decFn}\n${pieces.rotation.replace(/const (_0x[0-9a-f]+)=_0x[0-9a-f]+,/, `const $1=${pieces.decName},`)}`;
  return new Promise((resolve) => {
    const w = new Worker(__filename, {
      workerData: { harness, decoder: pieces.decName, indices },
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
      env: {}
    });
    const kill = setTimeout(() => w.terminate(), 5000);
    w.once('message', (m) => {
      clearTimeout(kill);
      w.terminate();
      resolve(m);
    });
    w.once('error', (e) => resolve({ ok: false, error: e.message }));
  });
}

function foldLiterals(code) {
  let out = code
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h) => {
      const c = String.fromCharCode(parseInt(h, 16));
      return /['"\\\n]/.test(c) ? `\\x${h}` : c;
    })
    .replace(/\b0x([0-9a-f]+)\b/gi, (_, h) => String(parseInt(h, 16)))
    .replace(/!!\[\]/g, 'true')
    .replace(/!\[\]/g, 'false');
  let prev;
  do {
    prev = out;
    out = out.replace(/'([^'\\\n]*)'\s*\+\s*'([^'\\\n]*)'/g, "'$1$2'");
  } while (out !== prev);
  return out.replace(/\[\s*'([A-Za-z_$][\w$]*)'\s*\]/g, '.$1');
}

const INDICATORS = [
  ['process spawn', /child_process|\bexecSync\b|\bspawn\(|\bexec\(/],
  ['dynamic code', /\beval\(|new Function|\bFunction\(|vm\.run|runInThisContext|_compile\(/],
  ['network', /\bhttps?\.(request|get)\b|\bfetch\(|net\.connect|WebSocket|XMLHttpRequest/],
  ['credential paths', /\.ssh\/|\.aws\/|\.npmrc|\.git-credentials|\.kube\/config|Login Data|Local State|keychain|wallet/i],
  ['env harvesting', /process\.env\b(?!\.\w+\s*(?:===|!==|\|\|))/],
  ['persistence', /crontab|\.bashrc|\.zshrc|CurrentVersion\\\\Run|LaunchAgents|authorized_keys/i]
];

function report(code) {
  const lines = [];
  for (const [label, re] of INDICATORS) if (re.test(code)) lines.push(`- ${label}`);
  const urls = [...new Set(code.match(/\bhttps?:\/\/[^\s'"`)]+/g) || [])];
  const hosts = [...new Set(code.match(/['"]([a-z0-9-]+\.)+[a-z]{2,}['"]/gi) || [])].map((h) => h.slice(1, -1));
  const ips = [...new Set(code.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) || [])];
  if (urls.length) lines.push(`- URLs: ${urls.join(', ')}`);
  if (hosts.length) lines.push(`- host-like strings: ${hosts.slice(0, 30).join(', ')}`);
  if (ips.length) lines.push(`- IPv4 literals: ${ips.join(', ')}`);
  return lines.length ? lines.join('\n') : '- no indicators matched';
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: deob.js <sample.js> [--out clean.js] [--report]');
    process.exit(2);
  }
  const oi = args.indexOf('--out');
  const src = fs.readFileSync(file, 'utf8');
  let code = src;
  const pieces = findPieces(src);
  if (pieces && pieces.arrFn && pieces.decFn) {
    const callRe = new RegExp(`\\b(?:${pieces.aliases.join('|')})\\((0x[0-9a-f]+)(?:,\\s*'[^']*')?\\)`, 'g');
    const indices = [...new Set([...src.matchAll(callRe)].map((m) => m[1]))];
    const res = await resolveStrings(pieces, indices);
    if (res.ok) {
      code = code.replace(pieces.arrFn, '').replace(pieces.decFn, '').replace(pieces.rotation, '');
      code = code.replace(callRe, (m, idx) => (idx in res.strings ? `'${JSON.stringify(res.strings[idx]).slice(1, -1).replace(/'/g, "\\'")}'` : m));
      console.error(`resolved ${Object.keys(res.strings).length}/${indices.length} string-array references`);
    } else {
      console.error(`string array found but could not be resolved: ${res.error || 'unknown'}`);
    }
  } else {
    console.error('no obfuscator.io string array detected; applying literal folding only');
  }
  code = foldLiterals(code).replace(/;(?=\S)/g, ';\n').replace(/\{(?=\S)/g, '{\n');
  if (oi >= 0) fs.writeFileSync(path.resolve(args[oi + 1]), code);
  else process.stdout.write(code + '\n');
  if (args.includes('--report')) console.log(`\n== triage indicators (static, from deobfuscated text)\n${report(code)}`);
}

main();
