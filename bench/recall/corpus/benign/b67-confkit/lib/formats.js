"use strict";
function parseToml(src) {
  const out = {};
  let cur = out;
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (!line || line.startsWith("#")) continue;
    const sec = /^\[([\w.-]+)\]$/.exec(line);
    if (sec) {
      cur = sec[1].split(".").reduce((o, k) => (o[k] ||= {}), out);
      continue;
    }
    const kv = /^([\w-]+)\s*=\s*(.+)$/.exec(line);
    if (!kv) throw new Error(`confkit: cannot parse TOML line: ${raw}`);
    let v = kv[2];
    if (/^".*"$/.test(v)) v = JSON.parse(v);
    else if (v === "true" || v === "false") v = v === "true";
    else if (/^-?\d+(\.\d+)?$/.test(v)) v = Number(v);
    else if (/^\[.*\]$/.test(v)) v = JSON.parse(v);
    cur[kv[1]] = v;
  }
  return out;
}

function parseYamlFlat(src) {
  const out = {};
  const stack = [{ indent: -1, obj: out }];
  for (const raw of src.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    const indent = raw.length - raw.trimStart().length;
    const m = /^([\w-]+):\s*(.*)$/.exec(raw.trim());
    if (!m) throw new Error(`confkit: unsupported YAML line: ${raw}`);
    while (stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].obj;
    if (m[2] === "") {
      parent[m[1]] = {};
      stack.push({ indent, obj: parent[m[1]] });
    } else {
      const v = m[2].replace(/^["']|["']$/g, "");
      parent[m[1]] = v === "true" ? true : v === "false" ? false : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
    }
  }
  return out;
}

module.exports = { ".json": JSON.parse, ".toml": parseToml, ".yaml": parseYamlFlat, ".yml": parseYamlFlat };
