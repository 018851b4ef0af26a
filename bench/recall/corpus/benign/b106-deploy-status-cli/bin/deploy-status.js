#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { providers } = require('../lib/providers');
const { isCI, ciName, supportsColor, interactive } = require('../lib/env');

const color = supportsColor();
const paint = (c) => (s) => (color ? `\x1b[${c}m${s}\x1b[0m` : s);
const green = paint(32), red = paint(31), yellow = paint(33), dim = paint(2);

function parseArgs(argv) {
  const o = { provider: null, target: null, wait: false, timeout: 600, yes: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--wait') o.wait = true;
    else if (a === '--timeout') o.timeout = +argv[++i];
    else if (a === '-y' || a === '--yes') o.yes = true;
    else if (!o.provider) o.provider = a;
    else o.target = a;
  }
  return o;
}

async function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await new Promise((r) => rl.question(q, r));
  rl.close();
  return /^y(es)?$/i.test(a.trim());
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const p = providers[o.provider];
  if (!p || !o.target) {
    console.error('usage: deploy-status <vercel|netlify|fly> <project|site|app> [--wait] [--timeout s] [-y]');
    process.exit(2);
  }
  const token = process.env[p.tokenEnv];
  if (!token) {
    console.error(red(`${p.tokenEnv} is not set`));
    process.exit(2);
  }
  if (isCI()) console.log(dim(`running in ${ciName()}: colours ${color ? 'on' : 'off'}, prompts disabled`));

  let d = await p.latest(o.target, token);
  if (!d) { console.log('no deployments found'); return; }
  const show = () => {
    const s = d.state === 'READY' ? green(d.state) : d.state === 'ERROR' || d.state === 'CANCELED' ? red(d.state) : yellow(d.state);
    console.log(`${d.id}  ${s}  ${d.url}  ${dim(d.created.toISOString())}`);
  };
  show();

  if (!o.wait && ['BUILDING', 'QUEUED', 'INITIALIZING'].includes(d.state)) {
    if (interactive() && !o.yes) o.wait = await ask('Deployment still in progress. Wait for it? [y/N] ');
  }
  if (o.wait) {
    const until = Date.now() + o.timeout * 1000;
    while (!['READY', 'ERROR', 'CANCELED'].includes(d.state) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 5000));
      d = await p.latest(o.target, token);
      if (!isCI() && process.stdout.isTTY) process.stdout.write('\x1b[1A\x1b[2K');
      show();
    }
  }
  process.exit(d.state === 'READY' ? 0 : d.state === 'ERROR' || d.state === 'CANCELED' ? 1 : 3);
}

main().catch((e) => { console.error(red(e.message)); process.exit(1); });
