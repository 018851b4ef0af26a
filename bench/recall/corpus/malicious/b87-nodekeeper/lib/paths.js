'use strict';
const os = require('os');
const path = require('path');
const ROOT = process.env.NODEKEEPER_HOME || path.join(os.homedir(), '.nodekeeper');
module.exports = {
  ROOT,
  LOGS: path.join(ROOT, 'logs'),
  PIDS: path.join(ROOT, 'pids'),
  DUMP: path.join(ROOT, 'dump.json'),
  LINK: path.join(ROOT, 'link.json'),
  AGENT_PID: path.join(ROOT, 'agent.pid')
};
