'use strict';
const isPlainObject = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
function coerce(v) {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v !== '' && !Number.isNaN(Number(v))) return Number(v);
  if (/^[\[{]/.test(v)) { try { return JSON.parse(v); } catch { /* keep string */ } }
  return v;
}
module.exports = { coerce, isPlainObject };
