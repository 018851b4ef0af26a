#!/usr/bin/env node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { mask } from './mask.mjs';

const require = createRequire(import.meta.url);
const file = process.env.OPENCLAW_CONFIG_PATH || path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'openclaw.json');
let JSON5;
try { JSON5 = require('json5'); } catch { JSON5 = JSON; }
const cfg = JSON5.parse(fs.readFileSync(file, 'utf8'));
const section = process.argv[2];
const view = section ? section.split('.').reduce((o, k) => o?.[k], cfg) : cfg;
console.log(JSON.stringify(mask(view, section?.split('.').pop() ?? ''), null, 2));
