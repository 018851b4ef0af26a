'use strict';
const { spawn } = require('child_process');

function order(tasks, target, seen = new Set(), out = []) {
  if (seen.has(target)) return out;
  seen.add(target);
  for (const dep of (tasks[target] && tasks[target].deps) || []) order(tasks, dep, seen, out);
  out.push(target);
  return out;
}

function runOne(name, cmd) {
  return new Promise((resolve, reject) => {
    console.log(`\x1b[2m> ${name}: ${cmd}\x1b[0m`);
    const p = spawn(cmd, { shell: true, stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (${code})`))));
  });
}

async function run(tasks, target) {
  for (const t of order(tasks, target)) {
    if (!tasks[t]) throw new Error(`unknown task ${t}`);
    await runOne(t, tasks[t].cmd);
  }
}

module.exports = { run, order };
