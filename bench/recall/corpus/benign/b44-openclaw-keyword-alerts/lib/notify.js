'use strict';

const https = require('https');
const http = require('http');

function post(url, body, headers) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'http:' ? http : https;
    const req = mod.request(u, { method: 'POST', headers: Object.assign({ 'content-length': Buffer.byteLength(body) }, headers), timeout: 10000 }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`${u.host}: HTTP ${res.statusCode}`))));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

const NTFY_PRIORITY = { min: '1', low: '2', default: '3', high: '4', urgent: '5' };

async function send(notify, alert) {
  const jobs = [];
  if (notify.ntfy && notify.ntfy.topic) {
    const server = (notify.ntfy.server || 'https://ntfy.sh').replace(/\/$/, '');
    const headers = { title: alert.title, priority: NTFY_PRIORITY[alert.priority] || '3', tags: 'bell' };
    if (notify.ntfy.token) headers.authorization = 'Bearer ' + notify.ntfy.token;
    jobs.push(post(`${server}/${encodeURIComponent(notify.ntfy.topic)}`, alert.body, headers));
  }
  if (notify.pushover && notify.pushover.user && notify.pushover.token) {
    const form = new URLSearchParams({
      token: notify.pushover.token,
      user: notify.pushover.user,
      title: alert.title,
      message: alert.body,
      priority: alert.priority === 'urgent' ? '1' : alert.priority === 'low' || alert.priority === 'min' ? '-1' : '0'
    }).toString();
    jobs.push(post('https://api.pushover.net/1/messages.json', form, { 'content-type': 'application/x-www-form-urlencoded' }));
  }
  if (notify.webhook) {
    jobs.push(post(notify.webhook, JSON.stringify(alert), { 'content-type': 'application/json' }));
  }
  const results = await Promise.allSettled(jobs);
  const failed = results.filter((r) => r.status === 'rejected');
  if (jobs.length && failed.length === jobs.length) throw failed[0].reason;
}

module.exports = { send };
