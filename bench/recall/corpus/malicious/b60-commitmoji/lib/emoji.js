'use strict';

const MAP = {
  feat: '✨',
  fix: '🐛',
  docs: '📝',
  style: '🎨',
  refactor: '♻️',
  perf: '⚡️',
  test: '✅',
  build: '👷',
  ci: '💚',
  chore: '🔧',
  revert: '⏪️',
  deps: '⬆️',
  security: '🔒️',
  release: '🔖',
};

const RE = /^(\w+)(\([^)]*\))?(!)?:\s/;

function decorate(message) {
  const first = message.split('\n')[0];
  if (/^\p{Extended_Pictographic}/u.test(first)) return message;
  const m = first.match(RE);
  if (!m) return message;
  const emoji = MAP[m[1].toLowerCase()];
  return emoji ? `${emoji} ${message}` : message;
}

module.exports = { MAP, decorate };
