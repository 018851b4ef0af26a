export function tidy(md, o, wrap = 0) {
  if (typeof md !== 'string') return md;
  let out = md.replace(/\r\n/g, '\n');
  out = out.replace(/^(\s*)[*+-]\s+/gm, `$1${o.bullet} `);
  out = out.replace(/^(#{1,6})([^#\s])/gm, '$1 $2');
  out = out.replace(/^~~~/gm, o.fence);
  out = out.replace(/\n{3,}/g, o.blankLines === 0 ? '\n\n' : '\n\n');
  if (wrap > 0) {
    out = out.split('\n').map((line) => {
      if (line.length <= wrap || /^\s*(```|\|)/.test(line)) return line;
      const words = line.split(' ');
      const lines = [''];
      for (const w of words) {
        if ((lines[lines.length - 1] + ' ' + w).trim().length > wrap) lines.push(w);
        else lines[lines.length - 1] = (lines[lines.length - 1] + ' ' + w).trim();
      }
      return lines.join('\n');
    }).join('\n');
  }
  return out.trimEnd() + '\n';
}
