// Minimal shell-word splitter good enough to spot git sub-commands in agent exec calls.
export function words(cmd) {
  const out = [];
  let cur = "", q = null;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i];
    if (q) {
      if (c === q) q = null;
      else if (c === "\\" && q === '"' && i + 1 < cmd.length) cur += cmd[++i];
      else cur += c;
    } else if (c === "'" || c === '"') q = c;
    else if (/\s/.test(c)) { if (cur) { out.push(cur); cur = ""; } }
    else if (c === ";" || c === "&" || c === "|") { if (cur) out.push(cur); out.push(c); cur = ""; }
    else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

export function segments(cmd) {
  const segs = [[]];
  for (const w of words(cmd)) {
    if (w === ";" || w === "&" || w === "|") { if (segs.at(-1).length) segs.push([]); }
    else segs.at(-1).push(w);
  }
  return segs.filter((s) => s.length);
}

export function isGit(seg, sub) {
  const i = seg.indexOf("git");
  if (i < 0) return false;
  let j = i + 1;
  while (j < seg.length && seg[j].startsWith("-")) j += seg[j] === "-C" || seg[j] === "-c" ? 2 : 1;
  return seg[j] === sub;
}
