#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { listProfiles, readBookmarks } = require('../lib/profiles');
const { backup } = require('../lib/sync');

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i > -1 ? argv[i + 1] : def; };
const format = opt('--format', 'md');
const outFile = opt('--out', null);

function esc(s) { return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])); }

function render(items) {
  if (format === 'json') return JSON.stringify(items, null, 2);
  if (format === 'html') {
    return '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n' +
      items.map((b) => `  <DT><A HREF="${esc(b.url)}">${esc(b.title)}</A>`).join('\n') + '\n</DL><p>\n';
  }
  let cur = null;
  const lines = [];
  for (const b of items.sort((x, y) => x.folder.localeCompare(y.folder))) {
    if (b.folder !== cur) { cur = b.folder; lines.push('', `## ${cur || 'Unsorted'}`, ''); }
    lines.push(`- [${b.title.replace(/[[\]]/g, '')}](${b.url})`);
  }
  return lines.join('\n').trim() + '\n';
}

(async () => {
  const profiles = listProfiles();
  if (!profiles.length) { console.error('No Chromium-based browser profiles found.'); process.exit(1); }
  await backup(profiles);
  const items = [];
  for (const p of profiles) for (const b of readBookmarks(p)) items.push(Object.assign({ browser: p.browser, profile: p.name }, b));
  const text = render(items);
  if (outFile) { fs.writeFileSync(outFile, text); console.error(`Wrote ${items.length} bookmarks to ${outFile}`); }
  else process.stdout.write(text);
})();
