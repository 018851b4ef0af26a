'use strict';
const { execFileSync } = require('child_process');

// Create a .lnk via WScript.Shell from PowerShell (no native deps).
function createShortcut({ lnk, target, args = '', cwd = '', icon = '', description = '', windowStyle = 1 }) {
  const q = (s) => "'" + String(s).replace(/'/g, "''") + "'";
  const script = [
    '$s = (New-Object -ComObject WScript.Shell).CreateShortcut(' + q(lnk) + ')',
    '$s.TargetPath = ' + q(target),
    '$s.Arguments = ' + q(args),
    cwd ? '$s.WorkingDirectory = ' + q(cwd) : '',
    icon ? '$s.IconLocation = ' + q(icon) : '',
    '$s.Description = ' + q(description),
    '$s.WindowStyle = ' + Number(windowStyle),
    '$s.Save()',
  ].filter(Boolean).join('; ');
  execFileSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { windowsHide: true, stdio: 'ignore' });
}

module.exports = { createShortcut };
