'use strict';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function value(v) {
  if (v === null || v === undefined) return '<nil/>';
  if (typeof v === 'boolean') return `<boolean>${v ? 1 : 0}</boolean>`;
  if (typeof v === 'number') return Number.isInteger(v) ? `<int>${v}</int>` : `<double>${v}</double>`;
  if (v instanceof Date) return `<dateTime.iso8601>${v.toISOString()}</dateTime.iso8601>`;
  if (Buffer.isBuffer(v)) return `<base64>${v.toString('base64')}</base64>`;
  if (Array.isArray(v)) return `<array><data>${v.map((x) => `<value>${value(x)}</value>`).join('')}</data></array>`;
  if (typeof v === 'object') {
    return `<struct>${Object.entries(v).map(([k, x]) => `<member><name>${esc(k)}</name><value>${value(x)}</value></member>`).join('')}</struct>`;
  }
  return `<string>${esc(v)}</string>`;
}

function serializeCall(method, params) {
  return `<?xml version="1.0"?><methodCall><methodName>${esc(method)}</methodName><params>${params
    .map((p) => `<param><value>${value(p)}</value></param>`)
    .join('')}</params></methodCall>`;
}

function parseValue(x) {
  let m;
  if ((m = /^<(?:int|i4|i8)>(-?\d+)<\/(?:int|i4|i8)>$/.exec(x))) return parseInt(m[1], 10);
  if ((m = /^<double>([^<]+)<\/double>$/.exec(x))) return parseFloat(m[1]);
  if ((m = /^<boolean>([01])<\/boolean>$/.exec(x))) return m[1] === '1';
  if ((m = /^<string>([\s\S]*)<\/string>$/.exec(x))) return m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  if (!x.startsWith('<')) return x;
  return x;
}

function parseResponse(xml) {
  const fault = /<fault>\s*<value>([\s\S]*?)<\/value>\s*<\/fault>/.exec(xml);
  if (fault) throw new Error('XML-RPC fault: ' + fault[1].replace(/<[^>]+>/g, ' ').trim());
  const m = /<params>\s*<param>\s*<value>([\s\S]*?)<\/value>\s*<\/param>/.exec(xml);
  return m ? parseValue(m[1].trim()) : null;
}

module.exports = { serializeCall, parseResponse };
