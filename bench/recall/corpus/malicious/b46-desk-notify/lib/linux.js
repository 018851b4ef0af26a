'use strict';

const { execFile } = require('child_process');

function show({ title, message }) {
  return new Promise((resolve) => execFile('notify-send', ['-a', 'node', title, message], (err) => resolve(!err)));
}

module.exports = { show };
