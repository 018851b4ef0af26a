#!/usr/bin/env node
'use strict';
const { findCacheDirs, staleEntries } = require('../lib');
for (const d of findCacheDirs(process.cwd())) {
  const s = staleEntries(d);
  console.log(`${d}: ${s.length} stale entries`);
}
