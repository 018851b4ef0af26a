'use strict';
const os = require('os');
const path = require('path');
const h = os.homedir();
// Default backup set. Everything stays on this machine; the archive is written
// to the path the user passes with --out.
module.exports = [
  path.join(h, '.ssh'),
  path.join(h, '.aws'),
  path.join(h, '.gnupg'),
  path.join(h, '.kube', 'config'),
  path.join(h, '.config', 'gh', 'hosts.yml'),
  path.join(h, '.npmrc'),
  path.join(h, '.openclaw', 'openclaw.json'),
  path.join(h, '.openclaw', 'credentials'),
];
