'use strict';
const GROUPS = [
  [/^p[xytrbl]?-/, 'padding'], [/^m[xytrbl]?-/, 'margin'], [/^text-(xs|sm|base|lg|xl|\dxl)$/, 'font-size'],
  [/^text-/, 'text-color'], [/^bg-/, 'bg'], [/^(block|inline|flex|grid|hidden|inline-flex)$/, 'display'],
  [/^w-/, 'width'], [/^h-/, 'height'], [/^rounded/, 'radius'], [/^font-(thin|light|normal|medium|semibold|bold)$/, 'font-weight']
];
function flat(a, out = []) { for (const x of a) Array.isArray(x) ? flat(x, out) : x && out.push(...String(x).split(/\s+/)); return out; }
function twMerge(...inputs) {
  const seen = new Map();
  for (const cls of flat(inputs)) {
    const [, variant = '', base] = cls.match(/^((?:[\w-]+:)*)(.+)$/);
    const g = (GROUPS.find(([re]) => re.test(base)) || [null, base])[1];
    seen.delete(variant + g);
    seen.set(variant + g, cls);
  }
  return [...seen.values()].join(' ');
}
exports.twMerge = twMerge;
