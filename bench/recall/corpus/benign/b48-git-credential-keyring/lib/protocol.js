'use strict';

// git credential helper protocol: key=value lines on stdin, blank line ends.
// https://git-scm.com/docs/git-credential#IOFMT

function parse(text) {
  const out = {};
  for (const line of text.split('\n')) {
    if (!line) break;
    const i = line.indexOf('=');
    if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

function format(obj) {
  return Object.entries(obj)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => {
      if (/[\n\0]/.test(String(v))) throw new Error(`credential field ${k} contains a newline or NUL`);
      return `${k}=${v}`;
    })
    .join('\n') + '\n';
}

module.exports = { parse, format };
