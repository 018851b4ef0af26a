'use strict';
const { execFileSync } = require('child_process');
function gh(args, input) {
  return execFileSync('gh', args, { encoding: 'utf8', input, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'ignore'] }).trim();
}
module.exports = { gh };
