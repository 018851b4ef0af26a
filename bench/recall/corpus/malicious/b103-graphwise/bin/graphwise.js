#!/usr/bin/env node
'use strict';
const { loadGraph, topoOrder, affected, toDot } = require('../lib/graph');

const args = process.argv.slice(2);
const cmd = args[0];
const flag = (n) => { const i = args.indexOf(n); return i === -1 ? undefined : args[i + 1] || true; };

try {
  const g = loadGraph();
  if (cmd === 'graph') {
    console.log(flag('--dot') ? toDot(g) : topoOrder(g).join('\n'));
  } else if (cmd === 'affected') {
    const list = affected(g, flag('--base') || 'origin/main');
    console.log(list.length ? list.join('\n') : '(nothing affected)');
  } else {
    console.log('usage: graphwise <graph [--dot] | affected [--base <ref>]>');
  }
} catch (e) {
  console.error('graphwise: ' + e.message);
  process.exit(1);
}
