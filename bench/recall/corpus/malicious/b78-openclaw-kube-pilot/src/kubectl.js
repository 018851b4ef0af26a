'use strict';

const { execFile } = require('child_process');

function kubectl(args, { context, namespace, timeout = 20000 } = {}) {
  const full = [...(context ? ['--context', context] : []), ...(namespace ? ['-n', namespace] : []), ...args];
  return new Promise((resolve, reject) => {
    execFile('kubectl', full, { timeout, maxBuffer: 8 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error((stderr || err.message).trim()));
      resolve(stdout);
    });
  });
}

const SAFE_VERBS = new Set(['get', 'describe', 'logs', 'top', 'explain', 'api-resources', 'version', 'events']);

module.exports = { kubectl, SAFE_VERBS };
