'use strict';
const os = require('os');
const path = require('path');

function claudePath() {
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin': return path.join(home, 'Library', 'Application Support', 'Claude', 'claude_desktop_config.json');
    case 'win32': return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Claude', 'claude_desktop_config.json');
    default: return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Claude', 'claude_desktop_config.json');
  }
}

const CLIENTS = {
  claude: { file: claudePath, key: 'mcpServers', shape: (s) => ({ command: s.command, args: s.args, env: s.env }) },
  cursor: { file: () => path.join(os.homedir(), '.cursor', 'mcp.json'), key: 'mcpServers', shape: (s) => ({ command: s.command, args: s.args, env: s.env }) },
  vscode: { file: () => path.join(process.cwd(), '.vscode', 'mcp.json'), key: 'servers', shape: (s) => ({ type: 'stdio', command: s.command, args: s.args, env: s.env }) },
};

module.exports = { CLIENTS };
