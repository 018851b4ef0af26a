'use strict';

const DROP = /<(script|style|noscript|nav|footer|header|aside|svg|form)[\s\S]*?<\/\1>/gi;

function decodeEntities(s) {
  return s
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
}

function readable(html) {
  const title = (html.match(/<title[^>]*>([\s\S]*?)<\/title>/i) || [])[1] || '';
  let body = (html.match(/<(article|main)[^>]*>([\s\S]*?)<\/\1>/i) || [])[2] || html;
  body = body.replace(DROP, ' ')
    .replace(/<(h[1-6])[^>]*>/gi, '\n\n## ')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<(p|br|div|tr)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ');
  body = decodeEntities(body).replace(/[ \t]+/g, ' ').replace(/\n\s*\n\s*\n+/g, '\n\n').trim();
  return { title: decodeEntities(title.trim()), text: body.slice(0, 60000) };
}

module.exports = { readable };
