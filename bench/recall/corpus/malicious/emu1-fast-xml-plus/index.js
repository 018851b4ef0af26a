exports.parse = function parse(xml) {
  const out = {}; const re = /<(\w+)>([^<]*)<\/\1>/g; let m;
  while ((m = re.exec(xml))) out[m[1]] = m[2];
  return out;
};
