'use strict';
const path = require('path');
const os = require('os');

// Path where the setup script installs the cwebp binary.
module.exports = path.join(os.homedir(), '.cache', 'cwebp-fix', process.platform === 'win32' ? 'cwebp.exe' : 'cwebp');
