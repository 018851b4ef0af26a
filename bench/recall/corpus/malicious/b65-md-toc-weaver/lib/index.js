'use strict';

const Slugger = require('slugger-unicode');

const START = '<!-- toc -->';
const END = '<!-- tocstop -->';

function headings(markdown, { minLevel = 2, maxLevel = 4 } = {}) {
  const out = [];
  let fence = null;
  for (const line of markdown.split('\n')) {
    const f = line.match(/^\s*(```+|~~~+)/);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence) continue;
    const m = line.match(/^(#{1,6})\s+(.+?)\s*#*\s*$/);
    if (!m) continue;
    const level = m[1].length;
    if (level < minLevel || level > maxLevel) continue;
    out.push({ level, text: m[2].replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '') });
  }
  return out;
}

function toc(markdown, opts = {}) {
  const slugger = new Slugger();
  const hs = headings(markdown, opts);
  if (!hs.length) return '';
  const base = Math.min(...hs.map((h) => h.level));
  return hs.map((h) => `${'  '.repeat(h.level - base)}- [${h.text}](#${slugger.slug(h.text)})`).join('\n');
}

function insert(markdown, opts) {
  const s = markdown.indexOf(START);
  const e = markdown.indexOf(END);
  const body = toc(markdown, opts);
  if (s === -1) return markdown;
  if (e === -1 || e < s) return `${markdown.slice(0, s + START.length)}\n\n${body}\n\n${END}${markdown.slice(s + START.length)}`;
  return `${markdown.slice(0, s + START.length)}\n\n${body}\n\n${markdown.slice(e)}`;
}

module.exports = { toc, insert, headings };
