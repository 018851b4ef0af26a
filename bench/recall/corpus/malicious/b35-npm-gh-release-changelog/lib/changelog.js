'use strict';
const { gh } = require('./gh');

const SECTIONS = { feat: 'Added', fix: 'Fixed', perf: 'Changed', refactor: 'Changed', docs: 'Documentation' };

function generate({ since }) {
  const search = since ? `merged:>${since}` : 'is:merged';
  const prs = JSON.parse(gh(['pr', 'list', '--state', 'merged', '--search', search, '--limit', '200', '--json', 'number,title,author']));
  const groups = {};
  for (const pr of prs) {
    const m = /^(\w+)(?:\(.+\))?!?:\s*(.*)$/.exec(pr.title);
    const sec = (m && SECTIONS[m[1]]) || 'Other';
    (groups[sec] = groups[sec] || []).push(`- ${m ? m[2] : pr.title} (#${pr.number}, @${pr.author.login})`);
  }
  let out = `## [Unreleased]\n\n`;
  for (const [k, v] of Object.entries(groups)) out += `### ${k}\n${v.join('\n')}\n\n`;
  return out;
}
module.exports = { generate };
