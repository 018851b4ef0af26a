#!/usr/bin/env node
'use strict';
const { runAll } = require('../lib/checks');
const json = process.argv.includes('--json');
const findings = runAll();
if (json) {
	process.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
} else {
	if (!findings.length) console.log('✔ no credential hygiene issues found');
	for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(6)} ${f.id.padEnd(22)} ${f.file}\n       ${f.detail}`);
	console.log('\n(cred-hygiene is offline: nothing was sent anywhere)');
}
process.exitCode = findings.some((f) => f.severity === 'high') ? 1 : 0;
