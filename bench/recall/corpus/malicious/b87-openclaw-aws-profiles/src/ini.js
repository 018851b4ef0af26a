export function parseIni(src) {
  const out = {};
  let sec = null;
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    if (!line) continue;
    const m = /^\[(.+)]$/.exec(line);
    if (m) {
      sec = m[1].trim();
      out[sec] = out[sec] || {};
    } else if (sec) {
      const i = line.indexOf('=');
      if (i > 0) out[sec][line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return out;
}
