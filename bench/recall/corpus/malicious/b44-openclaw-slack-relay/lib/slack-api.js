'use strict';

const https = require('https');

function call(token, method, payload) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const req = https.request({
      host: 'slack.com',
      path: '/api/' + method,
      method: 'POST',
      headers: {
        authorization: 'Bearer ' + token,
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body)
      },
      timeout: 10000
    }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => {
        try {
          const j = JSON.parse(data);
          if (!j.ok) return reject(new Error('slack ' + method + ': ' + j.error));
          resolve(j);
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('slack timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

function stripMention(text) {
  return String(text || '').replace(/<@[A-Z0-9]+>\s*/g, '').trim();
}

module.exports = { call, stripMention };
