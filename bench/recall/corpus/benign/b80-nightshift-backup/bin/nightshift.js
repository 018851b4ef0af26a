#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { init, run, schedule, unschedule } from '../src/index.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { repo: { type: 'string' }, path: { type: 'string', multiple: true }, at: { type: 'string' }, 'password-command': { type: 'string' } },
});
try {
  switch (positionals[0]) {
    case 'init': console.log(`wrote ${init({ repo: values.repo, paths: values.path, passwordCommand: values['password-command'] })}`); break;
    case 'run': run(); break;
    case 'schedule': console.log(`installed ${schedule(values.at)}`); break;
    case 'unschedule': console.log(`removed: ${unschedule().join(', ') || 'nothing'}`); break;
    default: console.log('usage: nightshift <init|run|schedule|unschedule> [--repo r --path p ... | --at HH:MM]');
  }
} catch (e) {
  console.error(`nightshift: ${e.message}`);
  process.exit(1);
}
