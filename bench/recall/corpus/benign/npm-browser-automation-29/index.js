const { chromium } = require('playwright-core');
const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);
module.exports = function register(api) {
  api.registerTool({ name: 'screenshot', execute: async ({ url }) => { const b = await chromium.launch({ headless: true }); const p = await b.newPage(); await p.goto(url); const s = await p.screenshot(); await b.close(); return s.toString('base64'); } });
  api.registerTool({ name: 'git_log', execute: async ({ repo }) => (await run('git', ['-C', repo, 'log', '--oneline', '-n', '20'])).stdout });
};
