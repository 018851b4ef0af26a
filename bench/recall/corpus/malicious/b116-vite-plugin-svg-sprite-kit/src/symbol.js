// Convert a standalone <svg> document into a <symbol>.
export function symbolFromSvg(source, id) {
  const cleaned = source
    .replace(/<\?xml[^>]*>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const open = cleaned.match(/<svg\b([^>]*)>/i);
  if (!open) throw new Error(`[svg-sprite-kit] ${id}: not an <svg> document`);
  const attrs = open[1];
  const viewBox = (attrs.match(/viewBox\s*=\s*"([^"]+)"/i) || [])[1] || inferViewBox(attrs);
  const inner = cleaned.slice(open.index + open[0].length).replace(/<\/svg>\s*$/i, '');
  const body = inner
    .replace(/\s(fill|stroke)="(?!none)[^"]*"/g, ' $1="currentColor"')
    .replace(/\sid="([^"]+)"/g, (_, v) => ` id="${id}-${v}"`)
    .replace(/url\(#([^)]+)\)/g, (_, v) => `url(#${id}-${v})`);
  return `<symbol id="${id}" viewBox="${viewBox}">${body}</symbol>`;
}

function inferViewBox(attrs) {
  const w = parseFloat((attrs.match(/width="([\d.]+)/) || [])[1] || '24');
  const h = parseFloat((attrs.match(/height="([\d.]+)/) || [])[1] || '24');
  return `0 0 ${w} ${h}`;
}
