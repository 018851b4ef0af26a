'use strict';

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function loadTasks(cwd) {
  const file = path.join(cwd, 'tarn.json');
  if (!fs.existsSync(file)) throw new Error(`no tarn.json in ${cwd}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).tasks || {};
}

function order(tasks, name, seen = new Set(), out = []) {
  if (seen.has(name)) return out;
  seen.add(name);
  const t = tasks[name];
  if (!t) throw new Error(`unknown task "${name}"`);
  for (const dep of t.dependsOn || []) order(tasks, dep, seen, out);
  out.push(name);
  return out;
}

function runOne(cmd, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, { cwd, shell: true, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`"${cmd}" exited with ${code}`))));
  });
}

async function run(name, cwd = process.cwd()) {
  const tasks = loadTasks(cwd);
  for (const t of order(tasks, name)) {
    console.log(`\u25b6 ${t}`);
    await runOne(tasks[t].command, cwd);
  }
}

module.exports = { run, loadTasks };
