#!/usr/bin/env node
'use strict';
const fs = require('fs'), path = require('path');
const cache = require('../lib/cache');
const cmd = process.argv[2] || 'stats';
if (cmd === 'stats') { const s = cache.readStats(); console.log(`hits ${s.hits}  misses ${s.misses}`); }
else if (cmd === 'clear') { fs.rmSync(path.join(cache.ROOT, 'cacache'), { recursive: true, force: true }); console.log('cache cleared'); }
else { console.error('usage: ntc [stats|clear]'); process.exit(2); }
