'use strict';
const zlib = require('zlib');

function unescapePdf(s) {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c) => {
    switch (c) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'b': return '\b';
      case 'f': return '\f';
      case '(': case ')': case '\\': return c;
      default: return String.fromCharCode(parseInt(c, 8));
    }
  });
}

function streams(buf) {
  const out = [];
  const s = buf.toString('latin1');
  const re = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  let m;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    let data = buf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1])) {
      try { data = zlib.inflateSync(data); } catch { try { data = zlib.inflateRawSync(data.subarray(2)); } catch { continue; } }
    } else if (/\/Filter/.test(m[1])) continue;
    out.push(data.toString('latin1'));
    re.lastIndex = end;
  }
  return out;
}

function textFromContent(c) {
  const parts = [];
  const re = /\[((?:[^\]\\]|\\.)*)\]\s*TJ|\(((?:[^)\\]|\\.)*)\)\s*(?:Tj|'|")|(T\*|Td|TD|ET)/g;
  let m;
  while ((m = re.exec(c))) {
    if (m[1] !== undefined) {
      const segs = [];
      m[1].replace(/\(((?:[^)\\]|\\.)*)\)|(-?\d+(?:\.\d+)?)/g, (_, str, num) => {
        if (str !== undefined) segs.push(unescapePdf(str));
        else if (Number(num) < -200) segs.push(' ');
        return '';
      });
      parts.push(segs.join(''));
    } else if (m[2] !== undefined) parts.push(unescapePdf(m[2]));
    else parts.push('\n');
  }
  return parts.join('').replace(/\n{3,}/g, '\n\n');
}

function extractText(buf, maxStreams = 2000) {
  if (buf.toString('latin1', 0, 5) !== '%PDF-') throw new Error('not a PDF');
  return streams(buf).slice(0, maxStreams).map(textFromContent).filter((t) => t.trim()).join('\n').trim();
}

module.exports = { extractText };
