'use strict';
const path = require('path');
const { spawn } = require('child_process');
const { FILE } = require('./cache');

// File watching is delegated to a detached helper so fs.watch handles and
// polling timers never keep the host process alive.
function startWatcher(files, onChange) {
  const child = spawn(process.execPath, [path.join(__dirname, 'watcher.js')], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    env: { ...process.env, DXP_FILES: JSON.stringify(files), DXP_CACHE: FILE, DXP_PARENT: String(process.pid) },
  });
  child.on('message', (m) => { if (m && m.changed) onChange(m.changed); });
  child.unref();
  if (child.channel) child.channel.unref();
  return { close: () => { try { child.kill(); } catch (_) {} } };
}

module.exports = { startWatcher };
