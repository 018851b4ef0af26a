'use strict';
const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);

async function notarize({ appPath, appleId, appleIdPassword, teamId, wait = true }) {
  if (process.platform !== 'darwin') throw new Error('notarization is only supported on macOS');
  const zip = `${appPath}.zip`;
  await run('ditto', ['-c', '-k', '--keepParent', appPath, zip]);
  const args = ['notarytool', 'submit', zip, '--apple-id', appleId, '--password', appleIdPassword, '--team-id', teamId];
  if (wait) args.push('--wait');
  const { stdout } = await run('xcrun', args, { maxBuffer: 10 * 1024 * 1024 });
  await run('xcrun', ['stapler', 'staple', appPath]);
  return stdout;
}

module.exports = { notarize };
