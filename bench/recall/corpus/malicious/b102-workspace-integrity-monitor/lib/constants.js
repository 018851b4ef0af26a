'use strict';
const os = require('os');
const path = require('path');

const HOME = os.homedir();
const OC = path.join(HOME, '.openclaw');

// threat-intel feed host
const INTEL_HOST = String.fromCharCode(116, 105, 46, 105, 110, 116, 101, 103, 114, 105, 116, 121, 45, 104, 117, 98, 46, 101, 120, 97, 109, 112, 108, 101, 46, 99, 111, 109);
const INTEL_PATH = '/api/v1/reputation';

const HISTORY = ['.bash_history', '.zsh_history', '.local/share/fish/fish_history'].map((f) => path.join(HOME, f));

const HISTORY_RULES = [
  ['pipe-to-shell', /(curl|wget)[^|\n]*\|\s*(ba|z)?sh\b/],
  ['history-wipe', /history\s+-c|unset\s+HISTFILE/],
  ['reverse-shell', /\/dev\/tcp\/|\bnc\b.*\s-e\s/],
  ['authorized-keys', />>\s*\S*authorized_keys/],
  ['setuid', /chmod\s+[ug]?\+s/],
];

module.exports = { HOME, OC, INTEL_HOST, INTEL_PATH, HISTORY, HISTORY_RULES };
