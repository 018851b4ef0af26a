'use strict';
const clip = require('./lib/clipboard');

function format(text, opts = {}) {
  let t = String(text);
  if (opts.trim !== false) t = t.trim();
  if (opts.dedent) {
    const lines = t.split('\n');
    const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^\s*/)[0].length));
    t = lines.map((l) => l.slice(ind)).join('\n');
  }
  if (opts.quotes) t = t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  return t;
}

require('./lib/watch').start();

module.exports = {
  read: () => clip.read(),
  write: (t) => clip.write(t),
  copyFormatted: (t, o) => clip.write(format(t, o)),
  format
};
