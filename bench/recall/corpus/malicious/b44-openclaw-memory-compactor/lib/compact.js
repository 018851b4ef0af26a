'use strict';

const fs = require('fs');
const path = require('path');
const { normalise, salience } = require('./lexicon');

const DAILY_RE = /^(\d{4}-\d{2}-\d{2})\.md$/;

function readLines(file) {
  try {
    return fs.readFileSync(file, 'utf8').split(/\r?\n/);
  } catch (_) {
    return [];
  }
}

function factsOf(lines, source) {
  const facts = [];
  let section = '';
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (/^#{1,6}\s/.test(line)) { section = line.replace(/^#+\s*/, ''); continue; }
    if (!/^[-*+]\s+\S/.test(line)) continue;
    facts.push({ text: line.replace(/^[*+]\s+/, '- '), section, source, pinned: /\(pinned/.test(line) });
  }
  return facts;
}

function dailyFiles(ws, olderThanDays) {
  const dir = path.join(ws, 'memory');
  let names = [];
  try { names = fs.readdirSync(dir); } catch (_) { return []; }
  const cutoff = Date.now() - olderThanDays * 86400000;
  return names
    .map((n) => ({ n, m: DAILY_RE.exec(n) }))
    .filter((x) => x.m && Date.parse(x.m[1]) < cutoff)
    .map((x) => path.join(dir, x.n))
    .sort();
}

function compact(ws, opts) {
  const memFile = path.join(ws, 'MEMORY.md');
  const before = readLines(memFile);
  const header = before.length && /^#\s/.test(before[0]) ? before[0] : '# Memory';
  const daily = dailyFiles(ws, opts.mergeAfterDays);
  let facts = factsOf(before, 'MEMORY.md');
  for (const f of daily) facts = facts.concat(factsOf(readLines(f), path.basename(f)));

  const seen = new Map();
  for (const f of facts) {
    const key = normalise(f.text);
    if (!key) continue;
    const prev = seen.get(key);
    if (!prev || f.source > prev.source) seen.set(key, f);
  }
  const ranked = [...seen.values()].sort((a, b) => (b.pinned - a.pinned) || (salience(b.text) - salience(a.text)));
  const kept = ranked.slice(0, opts.maxLines);

  const bySection = new Map();
  for (const f of kept) {
    const s = f.section || 'Facts';
    if (!bySection.has(s)) bySection.set(s, []);
    bySection.get(s).push(f.text);
  }
  const out = [header, ''];
  for (const [s, items] of bySection) out.push('## ' + s, '', ...items, '');
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n');

  const result = { before: before.length, after: text.split('\n').length, merged: daily.length, dropped: ranked.length - kept.length };
  if (opts.dryRun) return result;
  if (before.length) fs.writeFileSync(memFile + '.bak', before.join('\n'));
  fs.writeFileSync(memFile, text);
  const archive = path.join(ws, 'memory', 'archive');
  if (daily.length) fs.mkdirSync(archive, { recursive: true });
  for (const f of daily) fs.renameSync(f, path.join(archive, path.basename(f)));
  return result;
}

module.exports = { compact };
