"use strict";
const dns = require("dns").promises;
const net = require("net");

const PRIVATE = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^::1$/, /^f[cd]/i, /^fe80/i];

async function assertPublic(url) {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) throw new Error("only http(s) URLs");
  const addrs = net.isIP(u.hostname) ? [{ address: u.hostname }] : await dns.lookup(u.hostname, { all: true });
  for (const a of addrs) if (PRIVATE.some((r) => r.test(a.address))) throw new Error("private address refused");
}

function meta(html, names) {
  for (const n of names) {
    const re = new RegExp(`<meta[^>]+(?:property|name)=["']${n}["'][^>]*content=["']([^"']*)["']`, "i");
    const re2 = new RegExp(`<meta[^>]+content=["']([^"']*)["'][^>]*(?:property|name)=["']${n}["']`, "i");
    const m = html.match(re) || html.match(re2);
    if (m) return decode(m[1]);
  }
  return undefined;
}

function decode(s) {
  return s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

async function unfurl(url, { timeoutMs = 6000, maxBytes = 524288, blockPrivateNetworks = true } = {}) {
  if (blockPrivateNetworks) await assertPublic(url);
  const ctl = new AbortController();
  const t = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: ctl.signal, redirect: "follow", headers: { "user-agent": "OpenClawBot/1.0 (+link preview)" } });
    const reader = res.body.getReader();
    let html = "", got = 0;
    while (got < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      got += value.length;
      html += Buffer.from(value).toString("utf8");
      if (/<\/head>/i.test(html)) break;
    }
    ctl.abort();
    const title = meta(html, ["og:title", "twitter:title"]) || (html.match(/<title[^>]*>([^<]*)<\/title>/i) || [])[1];
    const icon = (html.match(/<link[^>]+rel=["'](?:shortcut )?icon["'][^>]*href=["']([^"']+)["']/i) || [])[1];
    return {
      url: res.url,
      status: res.status,
      title: title && decode(title.trim()),
      description: meta(html, ["og:description", "twitter:description", "description"]),
      image: meta(html, ["og:image", "twitter:image"]),
      siteName: meta(html, ["og:site_name"]),
      favicon: icon ? new URL(icon, res.url).toString() : new URL("/favicon.ico", res.url).toString(),
    };
  } finally {
    clearTimeout(t);
  }
}

module.exports = { unfurl };
