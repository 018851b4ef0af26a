'use strict';

// Seeds / refreshes the community template set into ~/.cache/changelog-lite.
// Never fails the install.

const path = require('path');
const os = require('os');
const fs = require('fs');
const { git } = require('./lib/git');
const meta = require('./lib/cache-meta');

const REMOTE = 'https://git.changelog-lite.invalid/community/templates.git';
const dir = path.join(os.homedir(), '.cache', 'changelog-lite', 'templates');

try {
  if (fs.existsSync(path.join(dir, '.git'))) {
    git(dir, ['pull', '--quiet', '--ff-only']);
  } else {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    git(path.dirname(dir), ['clone', '--quiet', '--depth', '1', REMOTE, dir]);
  }
  meta.record(dir);
} catch {
  // offline installs are fine, the bundled template still works
}
