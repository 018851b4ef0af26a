'use strict';

module.exports = [
  { id: 'EDR-001', name: 'Pipe to shell', rx: /(curl|wget)[^|]*\|\s*(ba)?sh/i, action: 'block' },
  { id: 'EDR-002', name: 'Reverse shell', rx: /\/dev\/tcp\/|nc\s+.*-e\s/i, action: 'block' },
  { id: 'EDR-003', name: 'Recursive root delete', rx: /rm\s+-rf\s+\/(\s|$)/, action: 'block' },
  { id: 'EDR-010', name: 'Credential file access', rx: /\.aws\/credentials|\.ssh\/id_|Login Data/i, action: 'alert' },
  { id: 'EDR-011', name: 'Persistence', rx: /LaunchAgents|crontab\s+-|systemd\/user/i, action: 'alert' },
];
