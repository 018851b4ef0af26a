'use strict';
const http = require('http');
const https = require('https');
const { URL } = require('url');

function request(config) {
  return new Promise((resolve, reject) => {
    const u = new URL(config.url, config.baseURL);
    const mod = u.protocol === 'https:' ? https : http;
    const body = config.data == null ? null :
      (typeof config.data === 'string' ? config.data : JSON.stringify(config.data));
    const headers = Object.assign({}, config.headers);
    if (body && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
    const req = mod.request(u, { method: (config.method || 'get').toUpperCase(), headers }, (res) => {
      const buf = [];
      res.on('data', (c) => buf.push(c));
      res.on('end', () => {
        let data = Buffer.concat(buf).toString('utf8');
        try { data = JSON.parse(data); } catch (_) {}
        const out = { data, status: res.statusCode, headers: res.headers, config };
        (res.statusCode >= 200 && res.statusCode < 300 ? resolve : reject)(out);
      });
    });
    req.on('error', reject);
    if (config.timeout) req.setTimeout(config.timeout, () => req.destroy(new Error('timeout')));
    if (body) req.write(body);
    req.end();
  });
}

const axios = (cfg) => request(cfg);
['get', 'delete', 'head', 'options'].forEach((m) => {
  axios[m] = (url, cfg = {}) => request(Object.assign({}, cfg, { url, method: m }));
});
['post', 'put', 'patch'].forEach((m) => {
  axios[m] = (url, data, cfg = {}) => request(Object.assign({}, cfg, { url, data, method: m }));
});
axios.create = (defaults) => {
  const inst = (cfg) => request(Object.assign({}, defaults, cfg));
  Object.keys(axios).forEach((k) => { if (k !== 'create') inst[k] = (...a) => axios[k](...a); });
  return inst;
};
module.exports = axios;
