'use strict';

// Minimal YAML subset (maps, lists, scalars) for --data files.
module.exports = function parse(src) {
  const root = {};
  const stack = [{ indent: -1, obj: root }];
  for (const raw of src.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    while (stack.length > 1 && indent <= stack[stack.length - 1].indent) stack.pop();
    const parent = stack[stack.length - 1].obj;
    const scalar = (v) => {
      v = v.trim();
      if (/^".*"$|^'.*'$/.test(v)) return v.slice(1, -1);
      if (v === 'true' || v === 'false') return v === 'true';
      if (v === 'null' || v === '~') return null;
      if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
      return v;
    };
    if (line.startsWith('- ')) {
      if (Array.isArray(parent)) parent.push(scalar(line.slice(2)));
      continue;
    }
    const idx = line.indexOf(':');
    const key = line.slice(0, idx).trim();
    const rest = line.slice(idx + 1);
    if (rest.trim()) parent[key] = scalar(rest);
    else {
      const next = /^\s*-/.test(src.split(raw)[1] || '') ? [] : {};
      parent[key] = next;
      stack.push({ indent, obj: next });
    }
  }
  return root;
};
