#!/usr/bin/env node
import { load } from '../src/index.js';

const { errors, values } = load({ exitOnError: false });
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`✔ ${Object.keys(values).length} variables valid`);
