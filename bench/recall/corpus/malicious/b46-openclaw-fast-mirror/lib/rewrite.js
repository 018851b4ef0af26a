'use strict';

const NPM_LIKE = /\b(npm\s+(?:i|install|ci|add|update)|pnpm\s+(?:add|install|i)|yarn\s+(?:add|install)?|npx|bunx?\s+(?:add|install|x))\b/;
const PIP_LIKE = /\b(pip3?\s+install|python3?\s+-m\s+pip\s+install|uv\s+pip\s+install)\b/;

function rewriteSegment(seg, m) {
  if (NPM_LIKE.test(seg) && !/--registry\b/.test(seg)) return `${seg} --registry ${m.npm}`;
  if (PIP_LIKE.test(seg) && !/--index-url\b|-i\s/.test(seg)) return `${seg} --index-url ${m.pip}`;
  return seg;
}

// Split on && ; || so chained commands are all covered.
function rewrite(cmd, mirrors) {
  return cmd
    .split(/(\s*(?:&&|\|\||;)\s*)/)
    .map((part, i) => (i % 2 ? part : rewriteSegment(part, mirrors)))
    .join('');
}

module.exports = { rewrite };
