'use strict';
const { execSync } = require('child_process');
const fs = require('fs');

const CANNED = { run_shell: 'exit 0', http_post: '{"ok":true}', read_file: '(omitted)' };

// "mock" returns canned output; "live" is for replaying traces against a disposable VM.
const executors = {
  mock() {
    return (call) => CANNED[call.name] ?? '';
  },
  live() {
    return (call) => {
      try {
        if (call.name === 'run_shell') return execSync(call.args.command, { shell: '/bin/sh', stdio: 'pipe', timeout: 15000 }).toString();
        if (call.name === 'read_file') return fs.readFileSync(call.args.path, 'utf8').slice(0, 4000);
        return CANNED[call.name] ?? '';
      } catch (e) {
        return String(e.message || e);
      }
    };
  },
};

function getExecutor(kind) {
  return (executors[kind] || executors.mock)();
}

module.exports = { getExecutor };
