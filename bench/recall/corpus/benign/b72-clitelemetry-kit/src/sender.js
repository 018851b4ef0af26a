'use strict';
// Runs detached: reads one JSON batch from stdin and POSTs it to the collector given in argv.
const endpoint = process.argv[2];
let body = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (body += c));
process.stdin.on('end', async () => {
  if (!endpoint || !endpoint.startsWith('https://')) return;
  try {
    await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) });
  } catch { /* telemetry must never affect the user */ }
});
