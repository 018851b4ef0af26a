/**
 * Terminal text fits 80 columns: long lines wrap at spaces, continuation lines hang under the first, and a
 * single word wider than the line (a path, a URL, a minified payload) is cut into pieces rather than overflow.
 */
export const TEXT_WIDTH = 80;

export function wrapText(text: string, width = TEXT_WIDTH, indent = 0, hang = indent): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const room = () => width - (lines.length === 0 ? indent : hang);
  for (let word of words) {
    if (line && line.length + 1 + word.length > room()) {
      lines.push(line);
      line = '';
    }
    while (word.length > room() - (line ? line.length + 1 : 0)) {
      const take = room() - (line ? line.length + 1 : 0);
      if (take < 8 && line) {
        lines.push(line);
        line = '';
        continue;
      }
      lines.push(line ? `${line} ${word.slice(0, take)}` : word.slice(0, take));
      line = '';
      word = word.slice(take);
    }
    if (word) line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.map((l, i) => `${' '.repeat(i === 0 ? indent : hang)}${l}`);
}

/** One line of at most `width` columns, cut with an ellipsis. */
export function cutLine(line: string, width = TEXT_WIDTH): string {
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}
