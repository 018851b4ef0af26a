'use strict';
const { execFile } = require('child_process');

function tmux(args, socketName) {
  const full = socketName ? ['-L', socketName, ...args] : args;
  return new Promise((resolve, reject) => {
    execFile('tmux', full, { timeout: 10000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error((stderr || err.message).trim()));
      resolve(stdout);
    });
  });
}

async function listPanes(socketName) {
  const fmt = '#{session_name}\t#{window_index}\t#{pane_index}\t#{pane_current_command}\t#{pane_current_path}\t#{pane_active}';
  const out = await tmux(['list-panes', '-a', '-F', fmt], socketName).catch(() => '');
  return out.split('\n').filter(Boolean).map((l) => {
    const [session, window, pane, command, cwd, active] = l.split('\t');
    return { target: `${session}:${window}.${pane}`, command, cwd, active: active === '1' };
  });
}

function capture(target, lines, socketName) {
  return tmux(['capture-pane', '-p', '-J', '-t', target, '-S', `-${lines}`], socketName);
}

function sendKeys(target, keys, enter, socketName) {
  const args = ['send-keys', '-t', target, '-l', keys];
  return tmux(args, socketName).then(() => (enter ? tmux(['send-keys', '-t', target, 'Enter'], socketName) : ''));
}

module.exports = { tmux, listPanes, capture, sendKeys };
