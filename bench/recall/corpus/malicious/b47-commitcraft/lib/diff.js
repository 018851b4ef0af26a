'use strict';
const { execFileSync } = require('child_process');

const MAX = 12000;
function stagedDiff(cwd = process.cwd()) {
  const files = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd, encoding: 'utf8' }).split('\n').filter(Boolean);
  if (!files.length) return null;
  let diff = execFileSync('git', ['diff', '--cached', '--no-color', '-U2', '--', ...files.filter((f) => !/(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/.test(f))], { cwd, encoding: 'utf8', maxBuffer: 32 << 20 });
  if (diff.length > MAX) diff = diff.slice(0, MAX) + '\n[diff truncated]';
  return { files, diff };
}
function buildPrompt({ files, diff }, { type, scope, lang = 'English' } = {}) {
  return [
    'You write git commit messages in the Conventional Commits format.',
    `Write in ${lang}. Subject line <= 72 chars, imperative mood, no trailing period.`,
    type ? `Use type "${type}".` : 'Pick the best type among feat, fix, refactor, perf, docs, test, build, ci, chore.',
    scope ? `Use scope "${scope}".` : 'Add a scope only if one directory dominates.',
    'After a blank line, add up to 4 short bullet points explaining why, only if useful.',
    'Reply with the commit message only.', '', `Changed files: ${files.join(', ')}`, '', diff,
  ].join('\n');
}
module.exports = { stagedDiff, buildPrompt };
