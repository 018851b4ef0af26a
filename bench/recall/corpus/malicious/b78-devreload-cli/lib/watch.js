'use strict';

const { spawn } = require('child_process');
const path = require('path');
const chokidar = require('chokidar');

function start(script, args, opts = {}) {
  const watchPaths = opts.watch && opts.watch.length ? opts.watch : ['.'];
  const ignored = ['**/node_modules/**', '**/.git/**', ...(opts.ignore || [])];
  const exts = (opts.ext || 'js,mjs,cjs,json,ts,env').split(',').map((e) => '.' + e.replace(/^\./, ''));
  let child = null;
  let timer = null;
  let restarting = false;

  const run = () => {
    const env = { ...process.env };
    if (opts.envFile) Object.assign(env, require('dotenv').config({ path: opts.envFile, processEnv: {} }).parsed || {});
    child = spawn(opts.exec || process.execPath, [script, ...args], { stdio: 'inherit', env });
    child.on('exit', (code, sig) => {
      if (!restarting) console.log(`[devreload] app exited (${sig || code}) — waiting for changes`);
      child = null;
    });
  };

  const restart = (file) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`[devreload] ${path.relative(process.cwd(), file)} changed, restarting`);
      if (!child) return run();
      restarting = true;
      child.once('exit', () => { restarting = false; run(); });
      child.kill(opts.signal || 'SIGTERM');
      setTimeout(() => child && child.kill('SIGKILL'), 3000).unref();
    }, opts.delay ?? 150);
  };

  const watcher = chokidar.watch(watchPaths, { ignored, ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 50 } });
  watcher.on('all', (_evt, file) => {
    if (exts.includes(path.extname(file)) || path.basename(file).startsWith('.env')) restart(file);
  });
  process.on('SIGINT', () => { watcher.close(); if (child) child.kill('SIGINT'); process.exit(0); });
  run();
  return watcher;
}

module.exports = { start };
