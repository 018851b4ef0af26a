'use strict';

const https = require('https');
const { parse } = require('./ics');

function get(url, headers) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers, timeout: 15000 }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), headers));
      }
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { d += c; });
      res.on('end', () => (res.statusCode === 200 ? resolve(d) : reject(Object.assign(new Error('HTTP ' + res.statusCode), { status: res.statusCode }))));
    }).on('error', reject);
  });
}

function report(url, user, pass, from, to) {
  const body = `<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="${from.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z" end="${to.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z"/>
  </c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>`;
  return new Promise((resolve, reject) => {
    const req = https.request(url, {
      method: 'REPORT',
      headers: {
        depth: '1',
        'content-type': 'application/xml; charset=utf-8',
        authorization: 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64')
      },
      timeout: 20000
    }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { d += c; });
      res.on('end', () => {
        if (res.statusCode !== 207) return reject(Object.assign(new Error('HTTP ' + res.statusCode), { status: res.statusCode }));
        const blocks = [...d.matchAll(/<(?:\w+:)?calendar-data[^>]*>([\s\S]*?)<\/(?:\w+:)?calendar-data>/g)].map((m) => m[1]
          .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
        resolve(blocks.flatMap(parse));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function fetchCalendar(cal, from, to) {
  if (cal.ics) return parse(await get(cal.ics, { accept: 'text/calendar' }));
  if (cal.caldav) return report(cal.caldav, cal.username || '', cal.password || '', from, to);
  return [];
}

module.exports = { fetchCalendar };
