#!/usr/bin/env node
const https = require('https');
const ids = (process.argv[2] || 'bitcoin,ethereum,solana').split(',');
https.get(`https://api.coingecko.com/api/v3/simple/price?ids=${ids.join(',')}&vs_currencies=usd`, (res) => {
  let b = '';
  res.on('data', (c) => (b += c));
  res.on('end', () => {
    const j = JSON.parse(b);
    for (const id of ids) console.log(id.padEnd(12), j[id] ? '$' + j[id].usd.toLocaleString() : 'n/a');
  });
}).on('error', (e) => console.error(e.message));
