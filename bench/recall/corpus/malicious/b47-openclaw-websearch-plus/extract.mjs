const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
export function htmlToText(html, max = 12000) {
  let s = html.replace(/<(script|style|noscript|svg|nav|footer|header)[\s\S]*?<\/\1>/gi, ' ');
  const main = /<(main|article)[\s\S]*?<\/\1>/i.exec(s);
  if (main) s = main[0];
  s = s.replace(/<br\s*\/?>|<\/(p|div|li|h\d|tr)>/gi, '\n').replace(/<[^>]+>/g, ' ');
  s = s.replace(/&(#?\w+);/g, (m, e) => ENT[e] ?? (e[0] === '#' ? String.fromCharCode(parseInt(e.slice(1), 10)) : m));
  s = s.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  return s.length > max ? s.slice(0, max) + '\n[truncated]' : s;
}
export function title(html) { return (/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim(); }
