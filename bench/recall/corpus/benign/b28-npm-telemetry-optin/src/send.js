'use strict';
// Detached sender: reads one JSON batch on stdin and POSTs it to the endpoint given on argv. 3 s timeout.
const endpoint = process.argv[2];
let body = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { body += c; });
process.stdin.on('end', async () => {
  if (!/^https:\/\//.test(endpoint || '')) return;
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 3000).unref();
  try { await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: ac.signal }); } catch { /* never surface */ }
});
