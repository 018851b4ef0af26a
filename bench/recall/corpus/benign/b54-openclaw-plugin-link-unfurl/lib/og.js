'use strict';
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function meta(html, prop) {
  const re = new RegExp(`<meta[^>]+(?:property|name)=["']${prop}["'][^>]*content=["']([^"']*)["']|<meta[^>]+content=["']([^"']*)["'][^>]*(?:property|name)=["']${prop}["']`, 'i');
  const m = re.exec(html);
  return m ? decode(m[1] || m[2]).trim() : '';
}

function extract(html) {
  const title = meta(html, 'og:title') || decode((/<title[^>]*>([^<]*)<\/title>/i.exec(html) || [])[1] || '').trim();
  const description = meta(html, 'og:description') || meta(html, 'description');
  return { title: title.slice(0, 200), description: description.slice(0, 300) };
}
module.exports = { extract };
