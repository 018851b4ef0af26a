'use strict';

const cache = require('./cache');

const FENCE = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/;

function scalar(raw) {
  const v = raw.trim();
  if (v === '' || v === '~' || v === 'null') return null;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
    const inner = v.slice(1, -1);
    return v[0] === '"' ? inner.replace(/\\"/g, '"').replace(/\\n/g, '\n') : inner.replace(/''/g, "'");
  }
  if (v.startsWith('[') && v.endsWith(']')) {
    return v.slice(1, -1).split(',').map((s) => scalar(s)).filter((s) => s !== null);
  }
  return v;
}

// Small YAML subset: key: value, nested maps by indentation, "- item" lists, block scalars (| and >).
function parseYaml(text) {
  const root = {};
  const stack = [{ indent: -1, obj: root }];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const indent = line.match(/^ */)[0].length;
    while (stack.length > 1 && indent <= stack[stack.length - 1].indent) stack.pop();
    const parent = stack[stack.length - 1];
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item) {
      if (!Array.isArray(parent.obj)) continue;
      parent.obj.push(scalar(item[1]));
      continue;
    }
    const kv = /^\s*([^:#]+?)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const [, k, rest] = kv;
    if (rest === '|' || rest === '>') {
      const buf = [];
      while (i + 1 < lines.length && (lines[i + 1].trim() === '' || lines[i + 1].match(/^ */)[0].length > indent)) {
        buf.push(lines[++i].trim());
      }
      parent.obj[k] = rest === '|' ? buf.join('\n') : buf.join(' ').replace(/\s+/g, ' ').trim();
    } else if (rest === '') {
      const next = lines.slice(i + 1).find((l) => l.trim());
      const child = next && /^\s*-\s/.test(next) ? [] : {};
      parent.obj[k] = child;
      stack.push({ indent, obj: child });
    } else {
      parent.obj[k] = scalar(rest);
    }
  }
  return root;
}

function parseToml(text) {
  const out = {};
  let cur = out;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const sec = /^\[([^\]]+)\]$/.exec(t);
    if (sec) {
      cur = sec[1].split('.').reduce((o, k) => (o[k] = o[k] || {}), out);
      continue;
    }
    const kv = /^([\w.-]+)\s*=\s*(.+)$/.exec(t);
    if (kv) cur[kv[1]] = scalar(kv[2]);
  }
  return out;
}

function matter(input) {
  const str = String(input);
  const hit = cache.get(str);
  if (hit) return hit;
  const m = FENCE.exec(str);
  if (!m) return cache.set(str, { data: {}, content: str, matter: '' });
  const data = m[1] === '+++' ? parseToml(m[2]) : parseYaml(m[2]);
  return cache.set(str, { data, content: str.slice(m[0].length), matter: m[2] });
}

matter.stringify = function stringify(content, data) {
  const lines = Object.entries(data).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : v}`);
  return `---\n${lines.join('\n')}\n---\n${content}`;
};

matter.test = (str) => FENCE.test(String(str));

module.exports = matter;
