'use strict';

const { execFileSync } = require('child_process');

const TYPES = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Documentation' };
const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/;

function gitLog(from, to = 'HEAD', cwd = process.cwd()) {
  const range = from ? `${from}..${to}` : to;
  const out = execFileSync('git', ['log', '--no-merges', '--format=%H%x1f%s%x1f%b%x1e', range], { cwd, encoding: 'utf8', maxBuffer: 32 << 20 });
  return out.split('\x1e').map((r) => r.trim()).filter(Boolean).map((r) => {
    const [hash, subject, body] = r.split('\x1f');
    return { hash, subject, body: body || '' };
  });
}

function lastTag(cwd = process.cwd()) {
  try {
    return execFileSync('git', ['describe', '--tags', '--abbrev=0'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function classify(commits) {
  const sections = {};
  const breaking = [];
  for (const c of commits) {
    const m = c.subject.match(HEADER);
    if (!m) continue;
    const [, type, scope, bang, text] = m;
    const entry = `${scope ? `**${scope}:** ` : ''}${text} (${c.hash.slice(0, 7)})`;
    if (bang || /BREAKING CHANGE:/.test(c.body)) breaking.push(entry);
    if (TYPES[type]) (sections[TYPES[type]] ||= []).push(entry);
  }
  return { sections, breaking };
}

function render(version, { sections, breaking }, date = new Date().toISOString().slice(0, 10)) {
  const out = [`## ${version} (${date})`, ''];
  if (breaking.length) out.push('### ⚠ BREAKING CHANGES', '', ...breaking.map((e) => `- ${e}`), '');
  for (const title of Object.values(TYPES)) {
    if (sections[title]) out.push(`### ${title}`, '', ...sections[title].map((e) => `- ${e}`), '');
  }
  return out.join('\n');
}

module.exports = { gitLog, lastTag, classify, render };
