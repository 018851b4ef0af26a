#!/usr/bin/env node
'use strict';
const { listContexts, useContext, syncProfiles } = require('../lib/contexts');
const [cmd, arg] = process.argv.slice(2);
(async () => {
  await syncProfiles().catch(() => {});
  if (!cmd || cmd === 'ls') for (const c of listContexts()) console.log(`${c.current ? '*' : ' '} ${c.name}\t${c.cluster}\t${c.namespace || 'default'}`);
  else if (cmd === 'use') useContext(arg);
  else console.log('usage: kcs [ls|use <context>]');
})();
