'use strict';

const { fork } = require('child_process');

const spec = JSON.parse(process.argv[2]);
const children = new Set();
let stopping = false;

function launch(i) {
  const child = fork(spec.script, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env, PROCWARDEN_INSTANCE: String(i), NODE_APP_INSTANCE: String(i) },
    stdio: 'inherit'
  });
  children.add(child);
  const started = Date.now();
  child.on('exit', (code, sig) => {
    children.delete(child);
    if (stopping) return;
    const delay = Date.now() - started < 1000 ? 2000 : 100;
    console.error(`[procwarden] ${spec.name}#${i} exited (${sig || code}), restarting in ${delay}ms`);
    setTimeout(() => launch(i), delay);
  });
}

for (let i = 0; i < spec.instances; i++) launch(i);

process.on('SIGTERM', () => {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000).unref();
});
