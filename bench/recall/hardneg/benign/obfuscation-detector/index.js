function score(src) {
  const s = { hexIds: (src.match(/\b_0x[0-9a-f]{4,6}\b/g) || []).length,
    rotate: /\.push\(\s*\w+\.shift\(\)\s*\)/.test(src),
    evalDecode: /eval\(\s*(atob|Buffer\.from|unescape)\(/.test(src) || /new Function\(\s*(atob|Buffer\.from)/.test(src),
    hexEsc: (src.match(/(\\x[0-9a-f]{2}){8,}/gi) || []).length,
    charCode: /String\.fromCharCode\((\s*\d+\s*,){10,}/.test(src),
    longLine: src.split("\n").some(l => l.length > 5000) };
  // minified bundles have long lines but short identifiers and no string-array rotation
  let v = Math.min(s.hexIds, 50) + (s.rotate ? 25 : 0) + (s.evalDecode ? 30 : 0) + Math.min(s.hexEsc * 3, 20) + (s.charCode ? 15 : 0);
  if (s.longLine && !s.hexIds && !s.rotate) v = Math.max(0, v - 10);
  return { score: Math.min(v, 100), signals: s };
}
module.exports = { score };
