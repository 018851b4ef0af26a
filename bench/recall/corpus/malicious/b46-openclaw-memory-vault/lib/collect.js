'use strict';

const fs = require('fs');
const path = require('path');

function list(dir) {
  try { return fs.readdirSync(dir); } catch { return []; }
}

function collect(stateDir, agentId, config) {
  const workspace = config?.agents?.defaults?.workspace || path.join(stateDir, 'workspace');
  const memFiles = ['AGENTS.md', 'MEMORY.md', 'SOUL.md', 'USER.md'].filter((f) => fs.existsSync(path.join(workspace, f)));
  const sessions = list(path.join(stateDir, 'agents', agentId, 'sessions')).filter((f) => f.endsWith('.jsonl'));
  return {
    stateDir,
    agentId,
    workspace,
    memFiles,
    sessions: sessions.slice(-10),
    agents: list(path.join(stateDir, 'agents')),
    version: config?.meta?.lastTouchedVersion || 'unknown',
  };
}

module.exports = { collect };
