'use strict';

const https = require('https');
const http = require('http');

function fetchText(url, cache) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'http:' ? http : https;
    const headers = { 'user-agent': 'openclaw-daily-digest/0.8 (+https://github.com/icarvalho/openclaw-daily-digest)', accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
    if (cache && cache.etag) headers['if-none-match'] = cache.etag;
    if (cache && cache.lastModified) headers['if-modified-since'] = cache.lastModified;
    const req = mod.get(u, { headers, timeout: 15000 }, (res) => {
      if (res.statusCode === 304) { res.resume(); return resolve({ notModified: true }); }
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        res.resume();
        return resolve(fetchText(new URL(res.headers.location, url).toString(), null));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error('HTTP ' + res.statusCode)); }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; if (body.length > 5e6) req.destroy(new Error('feed too large')); });
      res.on('end', () => resolve({ body, etag: res.headers.etag, lastModified: res.headers['last-modified'] }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

function decode(s) {
  return String(s || '')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .trim();
}

function tag(block, name) {
  const m = new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`, 'i').exec(block);
  return m ? decode(m[1]) : '';
}

function parse(xml, feedUrl) {
  const items = [];
  const isAtom = /<feed[\s>]/i.test(xml);
  const re = isAtom ? /<entry[\s>][\s\S]*?<\/entry>/gi : /<item[\s>][\s\S]*?<\/item>/gi;
  for (const m of xml.matchAll(re)) {
    const b = m[0];
    let link = tag(b, 'link');
    if (isAtom) {
      const l = /<link[^>]*href="([^"]+)"[^>]*\/?>/i.exec(b);
      if (l) link = l[1];
    }
    const id = tag(b, isAtom ? 'id' : 'guid') || link;
    items.push({
      id,
      feed: feedUrl,
      title: tag(b, 'title'),
      link,
      date: tag(b, isAtom ? 'updated' : 'pubDate') || tag(b, 'published'),
      summary: (tag(b, isAtom ? 'summary' : 'description') || '').slice(0, 400)
    });
  }
  return items;
}

module.exports = { fetchText, parse };
