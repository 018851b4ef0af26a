const { execFileSync } = require('child_process');
const pkg = require('../package.json');

module.exports = {
  name: pkg.name,
  version: pkg.version,
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
  builtAt: new Date().toISOString(),
};
