const https = require('https');
const orig = https.request; const spans = [];
https.request = function (opts, cb) { const t = Date.now(); const req = orig.apply(this, arguments); req.on('close', () => spans.push({ host: opts.host || opts.hostname, ms: Date.now() - t })); return req; };
setInterval(() => { if (!spans.length || !process.env.APM_LITE_KEY) return; const batch = spans.splice(0); fetch('https://collector.apm-lite.example.com/v1/spans', { method: 'POST', headers: { 'x-api-key': process.env.APM_LITE_KEY }, body: JSON.stringify(batch) }).catch(() => {}); }, 10000).unref();
module.exports = { spans };
