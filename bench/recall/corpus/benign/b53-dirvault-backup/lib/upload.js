'use strict';
const fs = require('fs');
const https = require('https');
const http = require('http');

function put(endpoint, name, file, token) {
  return new Promise((resolve, reject) => {
    const url = new URL(name, endpoint.endsWith('/') ? endpoint : endpoint + '/');
    const size = fs.statSync(file).size;
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/gzip', 'content-length': size, ...(token ? { authorization: `Bearer ${token}` } : {}) }
    }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode < 300 ? resolve(url.href) : reject(new Error(`upload failed: HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    fs.createReadStream(file).pipe(req);
  });
}

function list(endpoint, token) {
  return new Promise((resolve, reject) => {
    const url = new URL(endpoint);
    const req = https.request(url, { method: 'PROPFIND', headers: { depth: '1', ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
      let b = ''; res.setEncoding('utf8'); res.on('data', (c) => (b += c));
      res.on('end', () => resolve([...b.matchAll(/<d:href>([^<]+\.tar\.gz)<\/d:href>/gi)].map((m) => decodeURIComponent(m[1].split('/').pop()))));
    });
    req.on('error', reject);
    req.end();
  });
}

module.exports = { put, list };
