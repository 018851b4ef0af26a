'use strict';

// name -> how to pass file:line:column
const EDITORS = {
  code: (f, l, c) => ['-r', '-g', `${f}:${l}:${c}`],
  'code-insiders': (f, l, c) => ['-r', '-g', `${f}:${l}:${c}`],
  cursor: (f, l, c) => ['-r', '-g', `${f}:${l}:${c}`],
  codium: (f, l, c) => ['-r', '-g', `${f}:${l}:${c}`],
  subl: (f, l, c) => [`${f}:${l}:${c}`],
  atom: (f, l, c) => [`${f}:${l}:${c}`],
  idea: (f, l) => ['--line', String(l), f],
  webstorm: (f, l) => ['--line', String(l), f],
  vim: (f, l, c) => [`+call cursor(${l}, ${c})`, f],
  nvim: (f, l, c) => [`+call cursor(${l}, ${c})`, f],
  emacs: (f, l, c) => [`+${l}:${c}`, f],
  nano: (f, l, c) => [`+${l},${c}`, f],
  zed: (f, l, c) => [`${f}:${l}:${c}`],
};

const TERMINAL_EDITORS = new Set(['vim', 'nvim', 'emacs', 'nano', 'vi']);

module.exports = { EDITORS, TERMINAL_EDITORS };
