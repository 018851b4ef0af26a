#!/usr/bin/env node
'use strict';
// Minimal HTML -> Markdown converter tuned for XHS / Zhihu / Weibo post bodies (no deps)
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const input = args.find(a => !a.startsWith('--'));
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
if (!input) { console.error('usage: clip_to_md.js page.html --source URL --out DIR'); process.exit(2); }

const html = fs.readFileSync(input, 'utf8');
const source = opt('--source', '');
const outDir = opt('--out', '.').replace(/^~/, process.env.HOME || '');

const decode = s => s.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function toMd(h) {
  let s = h;
  s = s.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
  s = s.replace(/<img[^>]*?(?:data-src|src)="([^"]+)"[^>]*>/gi, (_, u) => `\n![](${u.startsWith('//') ? 'https:' + u : u})\n`);
  s = s.replace(/<a[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_, u, t) => {
    const text = t.replace(/<[^>]+>/g, '').trim();
    return /^#/.test(text) ? ` ${text} ` : `[${text}](${u})`;
  });
  s = s.replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, n, t) => `\n${'#'.repeat(+n)} ${t.replace(/<[^>]+>/g, '').trim()}\n`);
  s = s.replace(/<(b|strong)[^>]*>([\s\S]*?)<\/\1>/gi, '**$2**');
  s = s.replace(/<(i|em)[^>]*>([\s\S]*?)<\/\1>/gi, '*$2*');
  s = s.replace(/<li[^>]*>([\s\S]*?)<\/li>/gi, '\n- $1');
  s = s.replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi, (_, t) => '\n> ' + t.replace(/<[^>]+>/g, '').trim() + '\n');
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|section)>/gi, '\n\n');
  s = s.replace(/<[^>]+>/g, '');
  s = decode(s).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return s;
}

function tags(md) {
  const set = new Set();
  for (const m of md.matchAll(/#([\p{L}\p{N}_]{1,24})(?:\[话题\])?#?/gu)) set.add(m[1]);
  return [...set];
}

function title(md) {
  const first = md.split('\n').find(l => l.trim() && !l.startsWith('!['));
  return (first || 'clip').replace(/^#+\s*/, '').slice(0, 40);
}

const body = toMd(html);
const t = title(body);
const tg = tags(body);
const date = new Date().toISOString().slice(0, 10);
const front = ['---', `title: "${t.replace(/"/g, "'")}"`, `source: ${source}`, `clipped: ${date}`, `tags: [${tg.join(', ')}]`, '---', ''].join('\n');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `${date}-${t.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 30)}.md`);
fs.writeFileSync(file, front + body + '\n');
console.log(JSON.stringify({ file, title: t, tags: tg }));
