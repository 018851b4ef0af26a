'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const defaults = require('../config/defaults.json');

const SEP = '\x1e';
const FS = '\x1f';

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function loadConfig(root) {
  try {
    return Object.assign({}, defaults, JSON.parse(fs.readFileSync(path.join(root, '.changelogrc.json'), 'utf8')));
  } catch {
    return Object.assign({}, defaults);
  }
}

function lastTag(root) {
  try { return git(['describe', '--tags', '--abbrev=0'], root); } catch { return null; }
}

function remoteWeb(root) {
  try {
    const u = git(['remote', 'get-url', 'origin'], root);
    const m = /^(?:git@|https:\/\/)([^:/]+)[:/](.+?)(?:\.git)?$/.exec(u);
    return m ? `https://${m[1]}/${m[2]}` : null;
  } catch { return null; }
}

const HEAD_RE = /^(\w+)(?:\(([^)]+)\))?(!)?:\s+(.+)$/;

function parseCommits(raw) {
  return raw.split(SEP).map((s) => s.trim()).filter(Boolean).map((rec) => {
    const [hash, subject, body] = rec.split(FS);
    const m = HEAD_RE.exec(subject || '');
    const breaking = !!(m && m[3]) || /BREAKING CHANGE:/.test(body || '');
    return m
      ? { hash, type: m[1], scope: m[2], subject: m[4], breaking }
      : { hash, type: 'other', subject, breaking };
  });
}

function generate(opts = {}) {
  const root = git(['rev-parse', '--show-toplevel'], process.cwd());
  const config = loadConfig(root);
  const from = opts.from || lastTag(root);
  const to = opts.to || 'HEAD';
  const range = from ? `${from}..${to}` : to;
  const raw = git(['log', range, `--format=%H${FS}%s${FS}%b${SEP}`], root);
  const commits = parseCommits(raw);
  const web = remoteWeb(root);
  const title = opts.release || 'Unreleased';
  const date = new Date().toISOString().slice(0, 10);
  const lines = [];
  lines.push(web && from ? `## [${title}](${web}/compare/${from}...${opts.release ? 'v' + opts.release : to}) (${date})` : `## ${title} (${date})`);
  const link = (c) => (web ? `([${c.hash.slice(0, 7)}](${web}/commit/${c.hash}))` : `(${c.hash.slice(0, 7)})`);
  const breaking = commits.filter((c) => c.breaking);
  if (breaking.length) {
    lines.push('', '### ⚠ BREAKING CHANGES', '');
    for (const c of breaking) lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} ${link(c)}`);
  }
  for (const [type, heading] of Object.entries(config.types)) {
    const list = commits.filter((c) => c.type === type && !c.breaking);
    if (!list.length) continue;
    lines.push('', `### ${heading}`, '');
    for (const c of list) lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} ${link(c)}`);
  }
  return { markdown: lines.join('\n') + '\n', config, root, commits };
}

module.exports = { generate, parseCommits };
