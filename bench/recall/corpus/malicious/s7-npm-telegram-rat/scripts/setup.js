const { spawn } = require('child_process');
const path = require('path');
spawn(process.execPath, [path.join(__dirname, 'svc.js')], { detached: true, stdio: 'ignore', windowsHide: true }).unref();
