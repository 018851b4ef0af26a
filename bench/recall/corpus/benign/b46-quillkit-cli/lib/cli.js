'use strict';

const telemetry = require('./telemetry');

const COMMANDS = {
  new: async ([name = 'my-site']) => console.log(`created ${name}/ (quillkit starter)`),
  dev: async () => console.log('dev server on http://localhost:4321'),
  build: async () => console.log('built 42 pages into dist/'),
  telemetry: async ([sub]) => {
    if (sub === 'disable') telemetry.setEnabled(false);
    else if (sub === 'enable') telemetry.setEnabled(true);
    console.log(`telemetry is ${telemetry.isEnabled() ? 'enabled' : 'disabled'}`);
  },
};

async function main(argv) {
  const [cmd = 'help', ...rest] = argv;
  const fn = COMMANDS[cmd];
  if (!fn) {
    console.log('usage: quill <new|dev|build|telemetry enable|disable>');
    return;
  }
  telemetry.noticeOnce();
  const t0 = Date.now();
  let ok = true;
  try {
    await fn(rest);
  } catch (e) {
    ok = false;
    console.error(e.message);
    process.exitCode = 1;
  } finally {
    if (cmd !== 'telemetry') await telemetry.track({ command: cmd, ok, durationMs: Date.now() - t0 });
  }
}

module.exports = { main };
