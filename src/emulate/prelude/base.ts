/**
 * Prelude, part 1: the language-level pieces of a fake Node that QuickJS lacks (Buffer, TextEncoder,
 * atob, URL, EventEmitter, path) plus the fast-forwarded clock and timers.
 *
 * This is JavaScript source evaluated INSIDE the QuickJS sandbox, never on the host. It is kept as a
 * string (String.raw, no template interpolation) so nothing here can touch a host object. Decoders depend
 * on Buffer and atob being exact, so those follow Node's semantics (lenient base64, hex stopping at the
 * first bad pair, latin1/binary, utf16le).
 */
export const PRELUDE_BASE = String.raw`
var __sl = Array.prototype.slice;
function __trunc(s, n) { s = String(s); return s.length > n ? s.slice(0, n) : s; }

// ---------------------------------------------------------------- bytes and text
var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
var B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
var B64R = new Int16Array(256).fill(-1);
for (var __i = 0; __i < 64; __i++) B64R[B64.charCodeAt(__i)] = __i;
B64R[45] = 62; B64R[95] = 63;
function b64dec(str) {
  var out = new Uint8Array(Math.ceil(str.length * 3 / 4) + 3), n = 0, buf = 0, bits = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c === 61) break;
    var v = c < 256 ? B64R[c] : -1;
    if (v < 0) continue;
    buf = ((buf << 6) | v) & 0xffffff; bits += 6;
    if (bits >= 8) { bits -= 8; out[n++] = (buf >> bits) & 255; }
  }
  return out.subarray(0, n);
}
function b64enc(b, url) {
  var T = url ? B64URL : B64, s = '', i = 0, n = b.length;
  for (; i + 2 < n; i += 3) { var v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2]; s += T[v >> 18] + T[(v >> 12) & 63] + T[(v >> 6) & 63] + T[v & 63]; }
  if (n - i === 1) { var v1 = b[i] << 16; s += T[v1 >> 18] + T[(v1 >> 12) & 63] + (url ? '' : '=='); }
  else if (n - i === 2) { var v2 = (b[i] << 16) | (b[i + 1] << 8); s += T[v2 >> 18] + T[(v2 >> 12) & 63] + T[(v2 >> 6) & 63] + (url ? '' : '='); }
  return s;
}
function utf8enc(str) {
  var out = [], i = 0;
  for (; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      var d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}
function utf8dec(b, start, end) {
  var s = '', i = start || 0, e = end === undefined ? b.length : end, parts = [];
  while (i < e) {
    var c = b[i], need = 0, cp = 0, min = 0;
    if (c < 0x80) {
      // a run of ASCII bytes is its own text, converted natively (a log or a JSON body is mostly such runs)
      var j = i + 1; while (j < e && j - i < 8192 && b[j] < 0x80) j++;
      if (j - i > 16) { if (s) { parts.push(s); s = ''; } parts.push(String.fromCharCode.apply(null, b.subarray(i, j))); i = j; continue; }
      cp = c; i++;
    }
    else {
      if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 31; min = 0x80; }
      else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 15; min = 0x800; }
      else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 7; min = 0x10000; }
      else { cp = 0xfffd; i++; need = -1; }
      if (need > 0) {
        var j = 1, ok = true;
        for (; j <= need; j++) { var d = b[i + j]; if (i + j >= e || (d & 0xc0) !== 0x80) { ok = false; break; } cp = (cp << 6) | (d & 63); }
        if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) i += need + 1; else { cp = 0xfffd; i += ok ? need + 1 : j; }
      }
    }
    if (cp >= 0x10000) { cp -= 0x10000; s += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023)); }
    else s += String.fromCharCode(cp);
    if (s.length > 8192) { parts.push(s); s = ''; }
  }
  parts.push(s);
  return parts.join('');
}
function latin1dec(b, start, end, mask) {
  var parts = [], e = end === undefined ? b.length : end;
  for (var i = start || 0; i < e; i += 8192) parts.push(String.fromCharCode.apply(null, b.subarray(i, Math.min(e, i + 8192))));
  var s = parts.join('');
  if (mask) { var t = ''; for (var k = 0; k < s.length; k++) t += String.fromCharCode(s.charCodeAt(k) & 127); return t; }
  return s;
}
function normEnc(enc) {
  var e = String(enc === undefined || enc === null ? 'utf8' : enc).toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'binary') return 'latin1';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
  return e;
}
function strToBytes(str, enc) {
  str = String(str);
  switch (normEnc(enc)) {
    case 'hex': {
      var n = str.length >> 1, out = new Uint8Array(n), k = 0;
      for (; k < n; k++) { var h = parseInt(str.substr(k * 2, 2), 16); if (!/^[0-9a-fA-F]{2}$/.test(str.substr(k * 2, 2))) break; out[k] = h; }
      return out.subarray(0, k);
    }
    case 'base64': case 'base64url': return b64dec(str);
    case 'latin1': case 'ascii': { var o = new Uint8Array(str.length); for (var i = 0; i < str.length; i++) o[i] = str.charCodeAt(i) & 255; return o; }
    case 'utf16le': { var u = new Uint8Array(str.length * 2); for (var j = 0; j < str.length; j++) { var c = str.charCodeAt(j); u[j * 2] = c & 255; u[j * 2 + 1] = c >> 8; } return u; }
    default: return new Uint8Array(utf8enc(str));
  }
}
function bytesToStr(b, enc, start, end) {
  start = start === undefined ? 0 : Math.max(0, start | 0);
  end = end === undefined ? b.length : Math.min(b.length, end | 0);
  if (end <= start) return '';
  switch (normEnc(enc)) {
    case 'hex': { var s = '', H = '0123456789abcdef'; for (var i = start; i < end; i++) s += H[b[i] >> 4] + H[b[i] & 15]; return s; }
    case 'base64': return b64enc(b.subarray(start, end), false);
    case 'base64url': return b64enc(b.subarray(start, end), true);
    case 'latin1': return latin1dec(b, start, end, false);
    case 'ascii': return latin1dec(b, start, end, true);
    case 'utf16le': { var t = ''; for (var j = start; j + 1 < end; j += 2) t += String.fromCharCode(b[j] | (b[j + 1] << 8)); return t; }
    default: return utf8dec(b, start, end);
  }
}

class Buffer extends Uint8Array {
  constructor(a, b, c) {
    if (typeof a === 'string') { var bytes = strToBytes(a, b); super(bytes.length); this.set(bytes); }
    else if (typeof a === 'number') super(a);
    else if (b === undefined && c === undefined) super(a);
    else super(a, b, c);
  }
  static from(v, enc, len) {
    if (typeof v === 'string') return new Buffer(v, enc);
    if (v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer)) {
      var off = enc === undefined ? 0 : enc | 0; return new Buffer(v, off, len === undefined ? v.byteLength - off : len);
    }
    if (v && typeof v === 'object' && v.type === 'Buffer' && Array.isArray(v.data)) v = v.data;
    if (v instanceof Uint8Array) { var copy = new Buffer(v.length); copy.set(v); return copy; }
    if (v && typeof v === 'object' && typeof v.length === 'number') { var out = new Buffer(v.length); for (var i = 0; i < v.length; i++) out[i] = v[i] & 255; return out; }
    if (v && typeof v.valueOf === 'function' && v.valueOf() !== v) return Buffer.from(v.valueOf(), enc, len);
    throw new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.');
  }
  static alloc(n, fill, enc) { var b = new Buffer(n | 0); if (fill !== undefined && fill !== 0) b.fill(fill, 0, b.length, enc); return b; }
  static allocUnsafe(n) { return new Buffer(n | 0); }
  static allocUnsafeSlow(n) { return new Buffer(n | 0); }
  static isBuffer(b) { return b instanceof Buffer; }
  static isEncoding(e) { return /^(utf-?8|hex|base64|base64url|latin1|binary|ascii|ucs-?2|utf-?16le)$/i.test(String(e)); }
  static byteLength(s, enc) { if (typeof s !== 'string') return s.byteLength; return strToBytes(s, enc).length; }
  static concat(list, total) {
    if (total === undefined) { total = 0; for (var i = 0; i < list.length; i++) total += list[i].length; }
    var out = new Buffer(total), pos = 0;
    for (var j = 0; j < list.length && pos < total; j++) { var it = list[j]; var take = Math.min(it.length, total - pos); out.set(it.length === take ? it : it.subarray(0, take), pos); pos += take; }
    return out;
  }
  static compare(a, b) { return a.compare(b); }
  toString(enc, start, end) { return bytesToStr(this, enc, start, end); }
  toLocaleString(enc, s, e) { return this.toString(enc, s, e); }
  toJSON() { return { type: 'Buffer', data: __sl.call(this) }; }
  slice(s, e) { return this.subarray(s, e); }
  equals(o) { if (this.length !== o.length) return false; for (var i = 0; i < this.length; i++) if (this[i] !== o[i]) return false; return true; }
  compare(o) { var n = Math.min(this.length, o.length); for (var i = 0; i < n; i++) if (this[i] !== o[i]) return this[i] < o[i] ? -1 : 1; return this.length === o.length ? 0 : this.length < o.length ? -1 : 1; }
  copy(t, ts, ss, se) { ts = ts | 0; ss = ss | 0; se = se === undefined ? this.length : se; var part = this.subarray(ss, Math.min(se, ss + t.length - ts)); t.set(part, ts); return part.length; }
  write(str, off, len, enc) {
    if (typeof off === 'string') { enc = off; off = 0; len = undefined; } else if (typeof len === 'string') { enc = len; len = undefined; }
    off = off | 0; var b = strToBytes(str, enc); var n = Math.min(b.length, this.length - off, len === undefined ? Infinity : len);
    this.set(b.subarray(0, n), off); return n;
  }
  fill(v, s, e, enc) {
    if (typeof s === 'string') { enc = s; s = 0; e = this.length; }
    s = s === undefined ? 0 : s; e = e === undefined ? this.length : e;
    if (typeof v === 'number') { Uint8Array.prototype.fill.call(this, v & 255, s, e); return this; }
    var b = typeof v === 'string' ? strToBytes(v, enc) : v; if (!b.length) return this;
    for (var i = s, k = 0; i < e; i++, k = (k + 1) % b.length) this[i] = b[k];
    return this;
  }
  indexOf(v, from, enc) {
    var needle = typeof v === 'number' ? [v & 255] : typeof v === 'string' ? strToBytes(v, enc) : v;
    from = from | 0; if (from < 0) from = Math.max(0, this.length + from);
    outer: for (var i = from; i <= this.length - needle.length; i++) { for (var j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer; return i; }
    return -1;
  }
  includes(v, from, enc) { return this.indexOf(v, from, enc) !== -1; }
  __dv() { return new DataView(this.buffer, this.byteOffset, this.byteLength); }
  readUInt8(o) { return this[o | 0]; }
  readInt8(o) { return this.__dv().getInt8(o | 0); }
  readUInt16LE(o) { return this.__dv().getUint16(o | 0, true); }
  readUInt16BE(o) { return this.__dv().getUint16(o | 0, false); }
  readInt16LE(o) { return this.__dv().getInt16(o | 0, true); }
  readInt16BE(o) { return this.__dv().getInt16(o | 0, false); }
  readUInt32LE(o) { return this.__dv().getUint32(o | 0, true); }
  readUInt32BE(o) { return this.__dv().getUint32(o | 0, false); }
  readInt32LE(o) { return this.__dv().getInt32(o | 0, true); }
  readInt32BE(o) { return this.__dv().getInt32(o | 0, false); }
  readFloatLE(o) { return this.__dv().getFloat32(o | 0, true); }
  readDoubleLE(o) { return this.__dv().getFloat64(o | 0, true); }
  readBigUInt64LE(o) { return this.__dv().getBigUint64(o | 0, true); }
  writeUInt8(v, o) { this[o | 0] = v; return (o | 0) + 1; }
  writeUInt16LE(v, o) { this.__dv().setUint16(o | 0, v, true); return (o | 0) + 2; }
  writeUInt16BE(v, o) { this.__dv().setUint16(o | 0, v, false); return (o | 0) + 2; }
  writeUInt32LE(v, o) { this.__dv().setUint32(o | 0, v, true); return (o | 0) + 4; }
  writeUInt32BE(v, o) { this.__dv().setUint32(o | 0, v, false); return (o | 0) + 4; }
  writeInt32LE(v, o) { this.__dv().setInt32(o | 0, v, true); return (o | 0) + 4; }
  swap16() { for (var i = 0; i + 1 < this.length; i += 2) { var t = this[i]; this[i] = this[i + 1]; this[i + 1] = t; } return this; }
}
Buffer.prototype.readUint8 = Buffer.prototype.readUInt8;
Buffer.prototype.readUint32LE = Buffer.prototype.readUInt32LE;
Buffer.prototype.readUint32BE = Buffer.prototype.readUInt32BE;
Buffer.poolSize = 8192;
function toBytes(data, enc) {
  if (data === undefined || data === null) return new Buffer(0);
  if (typeof data === 'string') return Buffer.from(data, enc);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return Buffer.from(String(data));
}
function asText(data) { var b = toBytes(data); return bytesToStr(b, 'utf8'); }

class TextEncoder { get encoding() { return 'utf-8'; } encode(s) { return new Uint8Array(utf8enc(String(s === undefined ? '' : s))); } encodeInto(s, d) { var b = this.encode(s); var n = Math.min(b.length, d.length); d.set(b.subarray(0, n)); return { read: s.length, written: n }; } }
class TextDecoder {
  constructor(label) { this.encoding = normEnc(label || 'utf8') === 'utf16le' ? 'utf-16le' : normEnc(label || 'utf8') === 'latin1' ? 'latin1' : 'utf-8'; }
  decode(b) { if (!b) return ''; var u = toBytes(b); return bytesToStr(u, this.encoding === 'utf-8' ? 'utf8' : this.encoding); }
}
function atob(s) { return latin1dec(b64dec(String(s).replace(/[\s]/g, ''))); }
function btoa(s) { s = String(s); var b = new Uint8Array(s.length); for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); if (c > 255) throw new Error('Invalid character'); b[i] = c; } return b64enc(b, false); }

// ---------------------------------------------------------------- randomness
// One fixed generator (xorshift32 from one seed) behind Math.random and crypto.randomBytes: the same package gets the
// same verdict on every run (QuickJS seeds its own Math.random from the clock). Code that acts on one call in five
// draws from it as from any generator. Its first draw is low (0.006): code that acts on one process start in N
// (Math.random() < 0.25 at load) acts in the run, as it does on one machine in N.
var __rngState = 0x7bb98f3a;
function __rngNext() { __rngState ^= __rngState << 13; __rngState ^= __rngState >>> 17; __rngState ^= __rngState << 5; return __rngState >>> 0; }
Math.random = function random() { return __rngNext() / 4294967296; };

// ---------------------------------------------------------------- clock and timers (fast-forwarded)
// The run starts at ten in the morning (UTC) of a working day, today's or the next Monday's: code that acts only on
// weekdays or in office hours acts here (at ten UTC it is the same day from UTC-10 to UTC+13), and date gates see today
// (or, on a run of a machine that has used the package for long, cfg.laterMs later: engine.ts keptState).
// (ten in the morning of a working day where the machine is: its region's offset from UTC added)
var __OrigDate = Date, __t0 = (function () { var d = new __OrigDate(__OrigDate.now()); d.setUTCHours(10); var w = d.getUTCDay(); if (w === 6 || w === 0) d.setUTCDate(d.getUTCDate() + (w === 6 ? 2 : 1)); return d.getTime() + cfg.region.offset * 60000 + cfg.laterMs; })(), __clock = 0, __drift = 0;
function __now() { __drift += 1; return __t0 + __clock + __drift; }
// Local time is the region's (Eastern Standard Time on the home region), not the host machine's: a verdict does not depend on where
// clawguard runs. The local getters and setters, and a date built from its parts, read and write the region's clock.
function __tzMs() { return cfg.region.offset * 60000; }
class FakeDate extends __OrigDate {
  constructor() {
    if (arguments.length === 0) super(__now());
    else if (arguments.length >= 2 && typeof arguments[0] === 'number') super(__OrigDate.UTC.apply(null, arguments) + __tzMs());
    else super(...arguments);
  }
  static now() { return __now(); }
  getTimezoneOffset() { __regionRead('Date.prototype.getTimezoneOffset()'); return cfg.region.offset; }
}
['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].forEach(function (n) {
  var get = __OrigDate.prototype['getUTC' + n], set = __OrigDate.prototype['setUTC' + n];
  Object.defineProperty(FakeDate.prototype, 'get' + n, { value: function () { return get.call(new __OrigDate(this.getTime() - __tzMs())); }, writable: true, configurable: true });
  if (set) Object.defineProperty(FakeDate.prototype, 'set' + n, { value: function () { var d = new __OrigDate(this.getTime() - __tzMs()); set.apply(d, arguments); return this.setTime(d.getTime() + __tzMs()); }, writable: true, configurable: true });
});
var __timers = [], __tseq = 0, __fired = 0, __MAXFIRE = 400;
function __addTimer(fn, ms, args, interval) {
  if (typeof fn !== 'function') { var code = fn; fn = function () { return (0, globalThis.eval)(String(code)); }; }
  ms = Number(ms); if (!(ms >= 1)) ms = interval ? 1 : 0; if (ms > 1e12) ms = 1e12;
  var id = ++__tseq;
  var t = { id: id, at: __clock + ms, fn: fn, args: args, every: interval ? ms : 0, n: 0, seq: id, live: true };
  __timers.push(t);
  var h = { _id: id, ref: function () { return h; }, unref: function () { return h; }, hasRef: function () { return true; }, refresh: function () { t.at = __clock + ms; return h; }, close: function () { t.live = false; return h; } };
  h[Symbol.toPrimitive] = function () { return id; };
  return h;
}
// Intervals that used their repeats: armed again when the host delivers events (__rearmIntervals), as a real
// process's interval keeps running between them (a flush timer started in register() sends what the hooks queued).
var __spent = [];
function __clearTimer(h) { var id = h && typeof h === 'object' ? h._id : h; for (var i = 0; i < __timers.length; i++) if (__timers[i].id === id) { __timers[i].live = false; __timers[i].cleared = true; } for (i = 0; i < __spent.length; i++) if (__spent[i].id === id) __spent[i].cleared = true; }
function __rearmIntervals() { __spent.forEach(function (t) { if (t.cleared) return; t.live = true; t.n = 0; t.at = __clock + t.every; t.seq = ++__tseq; __timers.push(t); }); __spent = []; }
function setTimeout(fn, ms) { return __addTimer(fn, ms, __sl.call(arguments, 2), false); }
function setInterval(fn, ms) { return __addTimer(fn, ms, __sl.call(arguments, 2), true); }
function setImmediate(fn) { return __addTimer(fn, 0, __sl.call(arguments, 1), false); }
var clearTimeout = __clearTimer, clearInterval = __clearTimer, clearImmediate = __clearTimer;
function queueMicrotask(fn) { Promise.resolve().then(function () { fn(); }); }
/** Fire the earliest live timer; false when none is left (the host then stops draining). */
function __runNextTimer() {
  if (__exited || __fired >= __MAXFIRE) return false;
  var best = -1;
  for (var i = 0; i < __timers.length; i++) { var t = __timers[i]; if (!t.live) continue; if (best < 0 || t.at < __timers[best].at || (t.at === __timers[best].at && t.seq < __timers[best].seq)) best = i; }
  if (best < 0) { __timers = []; return false; }
  var tm = __timers[best];
  if (tm.at > __clock) __clock = tm.at;
  if (tm.every && tm.n < 6) { tm.n++; tm.at = __clock + tm.every; tm.seq = ++__tseq; } else { tm.live = false; if (tm.every) __spent.push(tm); }
  __fired++;
  try { tm.fn.apply(undefined, tm.args); } catch (e) { if (e === __EXIT) return false; __uncaught(e); }
  return true;
}

// ---------------------------------------------------------------- events
function EventEmitter() { this._events = {}; this._max = 10; }
EventEmitter.prototype.on = EventEmitter.prototype.addListener = function (ev, fn) { if (!this._events) this._events = {}; (this._events[ev] = this._events[ev] || []).push(fn); return this; };
EventEmitter.prototype.prependListener = function (ev, fn) { if (!this._events) this._events = {}; (this._events[ev] = this._events[ev] || []).unshift(fn); return this; };
EventEmitter.prototype.once = EventEmitter.prototype.prependOnceListener = function (ev, fn) { var self = this; function w() { self.off(ev, w); return fn.apply(self, arguments); } w.listener = fn; return this.on(ev, w); };
EventEmitter.prototype.off = EventEmitter.prototype.removeListener = function (ev, fn) { var l = this._events && this._events[ev]; if (l) this._events[ev] = l.filter(function (x) { return x !== fn && x.listener !== fn; }); return this; };
EventEmitter.prototype.removeAllListeners = function (ev) { if (!this._events) return this; if (ev === undefined) this._events = {}; else delete this._events[ev]; return this; };
EventEmitter.prototype.emit = function (ev) { var l = this._events && this._events[ev]; if (!l || !l.length) { if (ev === 'error' && arguments[1]) { /* unhandled 'error' is swallowed: the trace, not a crash, is what we want */ } return false; } var args = __sl.call(arguments, 1); var copy = l.slice(); for (var i = 0; i < copy.length; i++) copy[i].apply(this, args); return true; };
EventEmitter.prototype.listeners = function (ev) { return ((this._events && this._events[ev]) || []).slice(); };
EventEmitter.prototype.rawListeners = EventEmitter.prototype.listeners;
EventEmitter.prototype.listenerCount = function (ev) { return ((this._events && this._events[ev]) || []).length; };
EventEmitter.prototype.eventNames = function () { return Object.keys(this._events || {}); };
EventEmitter.prototype.setMaxListeners = function (n) { this._max = n; return this; };
EventEmitter.prototype.getMaxListeners = function () { return this._max; };
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.once = function (em, ev) { return new Promise(function (res) { em.once(ev, function () { res(__sl.call(arguments)); }); }); };
EventEmitter.on = function () { return { next: function () { return new Promise(function () {}); }, [Symbol.asyncIterator]: function () { return this; } }; };
function __inherits(C, P) { C.prototype = Object.create(P.prototype, { constructor: { value: C, writable: true, configurable: true } }); Object.setPrototypeOf(C, P); }

// ---------------------------------------------------------------- path (posix and win32)
function __normParts(parts, above) { var r = []; for (var i = 0; i < parts.length; i++) { var p = parts[i]; if (!p || p === '.') continue; if (p === '..') { if (r.length && r[r.length - 1] !== '..') r.pop(); else if (above) r.push('..'); } else r.push(p); } return r; }
function __strArg(p) { if (typeof p !== 'string') throw new TypeError('The "path" argument must be of type string. Received ' + typeof p); return p; }
var posix = {
  sep: '/', delimiter: ':',
  isAbsolute: function (p) { return __strArg(p).charAt(0) === '/'; },
  normalize: function (p) { __strArg(p); if (!p) return '.'; var abs = p[0] === '/', tr = p[p.length - 1] === '/'; var r = __normParts(p.split('/'), !abs).join('/'); if (!r && !abs) r = '.'; if (r && tr) r += '/'; return (abs ? '/' : '') + r; },
  join: function () { var a = []; for (var i = 0; i < arguments.length; i++) { __strArg(arguments[i]); if (arguments[i]) a.push(arguments[i]); } return a.length ? posix.normalize(a.join('/')) : '.'; },
  resolve: function () { var r = '', abs = false; for (var i = arguments.length - 1; i >= -1 && !abs; i--) { var p = i >= 0 ? __strArg(arguments[i]) : __posixCwd(); if (!p) continue; r = p + '/' + r; abs = p[0] === '/'; } r = __normParts(r.split('/'), !abs).join('/'); return (abs ? '/' + r : r) || '.'; },
  dirname: function (p) { __strArg(p); if (!p) return '.'; p = p.replace(/\/+$/, '') || '/'; var i = p.lastIndexOf('/'); if (i === -1) return '.'; if (i === 0) return '/'; return p.slice(0, i).replace(/\/+$/, '') || '/'; },
  basename: function (p, ext) { __strArg(p); p = p.replace(/\/+$/, ''); var b = p.slice(p.lastIndexOf('/') + 1); if (ext && b !== ext && b.slice(-ext.length) === ext) b = b.slice(0, -ext.length); return b; },
  extname: function (p) { var b = posix.basename(p); var i = b.lastIndexOf('.'); return i <= 0 ? '' : b.slice(i); },
  relative: function (f, t) { var a = posix.resolve(f).split('/').filter(Boolean), b = posix.resolve(t).split('/').filter(Boolean); var i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return a.slice(i).map(function () { return '..'; }).concat(b.slice(i)).join('/'); },
  parse: function (p) { var root = p.charAt(0) === '/' ? '/' : ''; var base = posix.basename(p); var ext = posix.extname(p); var dir = posix.dirname(p); if (dir === '.' && !p.includes('/')) dir = ''; return { root: root, dir: dir, base: base, ext: ext, name: ext ? base.slice(0, -ext.length) : base }; },
  format: function (o) { var dir = o.dir || o.root || ''; var base = o.base || (o.name || '') + (o.ext || ''); return dir ? (dir === o.root ? dir + base : dir + '/' + base) : base; },
  toNamespacedPath: function (p) { return p; },
};
function __winSplit(p) { var m = /^([a-zA-Z]:|[\\/]{2}[^\\/]+[\\/][^\\/]+)?([\\/])?/.exec(p); return { dev: m[1] || '', abs: !!m[2] || (!!m[1] && m[1].length > 2), rest: p.slice(m[0].length) }; }
var win32 = {
  sep: '\\', delimiter: ';',
  isAbsolute: function (p) { return /^([a-zA-Z]:)?[\\/]/.test(__strArg(p)); },
  normalize: function (p) { __strArg(p); if (!p) return '.'; var s = __winSplit(p); var tr = /[\\/]$/.test(p); var r = __normParts(s.rest.split(/[\\/]+/), !s.abs).join('\\'); if (!r && !s.abs) r = '.'; if (r && tr) r += '\\'; return s.dev + (s.abs ? '\\' : '') + r; },
  join: function () { var a = []; for (var i = 0; i < arguments.length; i++) { __strArg(arguments[i]); if (arguments[i]) a.push(arguments[i]); } return a.length ? win32.normalize(a.join('\\')) : '.'; },
  resolve: function () { var dev = '', r = '', abs = false; for (var i = arguments.length - 1; i >= -1; i--) { var p = i >= 0 ? __strArg(arguments[i]) : __winCwd(); if (!p) continue; var s = __winSplit(p); if (s.dev && dev && s.dev.toLowerCase() !== dev.toLowerCase()) continue; if (!dev) dev = s.dev; if (!abs) { r = s.rest + '\\' + r; abs = s.abs; } if (abs && dev) break; } r = __normParts(r.split(/[\\/]+/), !abs).join('\\'); return (dev || 'C:') + '\\' + r; },
  dirname: function (p) { __strArg(p); var s = __winSplit(p); var rest = s.rest.replace(/[\\/]+$/, ''); var i = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\')); if (i === -1) return s.dev + (s.abs ? '\\' : '') || '.'; return s.dev + (s.abs ? '\\' : '') + rest.slice(0, i); },
  basename: function (p, ext) { __strArg(p); p = p.replace(/[\\/]+$/, ''); var b = p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1).replace(/^[a-zA-Z]:/, ''); if (ext && b !== ext && b.slice(-ext.length).toLowerCase() === ext.toLowerCase()) b = b.slice(0, -ext.length); return b; },
  extname: function (p) { var b = win32.basename(p); var i = b.lastIndexOf('.'); return i <= 0 ? '' : b.slice(i); },
  relative: function (f, t) { var a = win32.resolve(f).split('\\').filter(Boolean), b = win32.resolve(t).split('\\').filter(Boolean); var i = 0; while (i < a.length && i < b.length && a[i].toLowerCase() === b[i].toLowerCase()) i++; return a.slice(i).map(function () { return '..'; }).concat(b.slice(i)).join('\\'); },
  parse: function (p) { var s = __winSplit(p); var base = win32.basename(p); var ext = win32.extname(p); return { root: s.dev + (s.abs ? '\\' : ''), dir: win32.dirname(p), base: base, ext: ext, name: ext ? base.slice(0, -ext.length) : base }; },
  format: function (o) { var dir = o.dir || o.root || ''; var base = o.base || (o.name || '') + (o.ext || ''); return dir ? dir + (/[\\/]$/.test(dir) ? '' : '\\') + base : base; },
  toNamespacedPath: function (p) { return p; },
};
posix.posix = win32.posix = posix; posix.win32 = win32.win32 = win32;

// ---------------------------------------------------------------- URL
function __pct(s) { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return s; } }
class URLSearchParams {
  constructor(init) {
    this._l = [];
    if (typeof init === 'string') { init.replace(/^\?/, '').split('&').forEach(function (kv) { if (!kv) return; var i = kv.indexOf('='); this._l.push(i < 0 ? [__pct(kv), ''] : [__pct(kv.slice(0, i)), __pct(kv.slice(i + 1))]); }, this); }
    else if (Array.isArray(init)) init.forEach(function (p) { this._l.push([String(p[0]), String(p[1])]); }, this);
    else if (init && typeof init === 'object') Object.keys(init).forEach(function (k) { this._l.push([k, String(init[k])]); }, this);
  }
  append(k, v) { this._l.push([String(k), String(v)]); this._u && this._u._sync(); }
  set(k, v) { this.delete(k); this.append(k, v); }
  get(k) { for (var i = 0; i < this._l.length; i++) if (this._l[i][0] === k) return this._l[i][1]; return null; }
  getAll(k) { return this._l.filter(function (p) { return p[0] === k; }).map(function (p) { return p[1]; }); }
  has(k) { return this.get(k) !== null; }
  delete(k) { this._l = this._l.filter(function (p) { return p[0] !== k; }); this._u && this._u._sync(); }
  forEach(fn, self) { this._l.forEach(function (p) { fn.call(self, p[1], p[0], this); }, this); }
  keys() { return this._l.map(function (p) { return p[0]; })[Symbol.iterator](); }
  values() { return this._l.map(function (p) { return p[1]; })[Symbol.iterator](); }
  entries() { return this._l.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator](); }
  [Symbol.iterator]() { return this.entries(); }
  get size() { return this._l.length; }
  toString() { return this._l.map(function (p) { return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]); }).join('&'); }
}
var __DEFPORT = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21' };
class URL {
  constructor(u, base) {
    u = String(u);
    if (base !== undefined && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(u)) {
      var b = new URL(String(base));
      if (u.slice(0, 2) === '//') u = b.protocol + u;
      else if (u.charAt(0) === '/') u = b.origin + u;
      else if (u.charAt(0) === '?') u = b.origin + b.pathname + u;
      else if (u.charAt(0) === '#') u = b.origin + b.pathname + b.search + u;
      else u = b.origin + posix.normalize(b.pathname.replace(/[^/]*$/, '') + u);
    }
    var m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(\/\/(?:([^:@\/]*)(?::([^@\/]*))?@)?(\[[^\]]*\]|[^:\/?#]*)(?::(\d*))?)?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(u.trim());
    // (nor one whose host holds a character no host may: a space, <, >, ^, |, as the WHATWG parser refuses; a path
    // parameter given a phrase and joined onto a base without its slash makes such a host)
    if (!m || (m[5] && m[5].charAt(0) !== '[' && /[\s<>^|\\]/.test(m[5]))) { var e = new TypeError('Invalid URL'); e.code = 'ERR_INVALID_URL'; e.input = u; throw e; }
    this.protocol = m[1].toLowerCase(); this.username = m[3] || ''; this.password = m[4] || '';
    this.hostname = (m[5] || '').toLowerCase(); this.port = m[6] && m[6] !== __DEFPORT[this.protocol] ? m[6] : '';
    this.pathname = m[7] || (m[2] ? '/' : ''); this.hash = m[9] && m[9] !== '#' ? m[9] : '';
    this.searchParams = new URLSearchParams(m[8] || ''); this.searchParams._u = this; this._search = m[8] && m[8] !== '?' ? m[8] : '';
  }
  _sync() { var s = this.searchParams.toString(); this._search = s ? '?' + s : ''; }
  get search() { return this._search; }
  set search(v) { v = String(v); this._search = v && v !== '?' ? (v[0] === '?' ? v : '?' + v) : ''; this.searchParams = new URLSearchParams(this._search); this.searchParams._u = this; }
  get host() { return this.hostname + (this.port ? ':' + this.port : ''); }
  set host(v) { var p = String(v).split(':'); this.hostname = p[0]; this.port = p[1] || ''; }
  get origin() { return this.protocol + '//' + this.host; }
  get href() { return this.protocol + (this.hostname || this.protocol === 'file:' ? '//' : '') + (this.username ? this.username + (this.password ? ':' + this.password : '') + '@' : '') + this.host + this.pathname + this.search + this.hash; }
  set href(v) { var n = new URL(v); for (var k in n) this[k] = n[k]; }
  toString() { return this.href; }
  toJSON() { return this.href; }
  static canParse(u, b) { try { new URL(u, b); return true; } catch (e) { return false; } }
}

// ---------------------------------------------------------------- WebAssembly: an interpreter
// QuickJS has no WebAssembly. A module is parsed: its memory holds its data segments at their offsets, its globals
// their constant values, and its functions are interpreted (the MVP's integer, float and memory instructions, bulk
// memory copy and fill), calling the JavaScript imports they were given. A decoder kept in WebAssembly (an XOR, a
// table lookup, a payload unpacked into memory) then hands the JavaScript what it would in Node. A function using
// what this does not run (SIMD, tables of functions, threads) returns 0 and the call is recorded. Every
// instruction counts against a budget, so a module that loops forever fails as a trap, not a hang.
var __WASM_MAX_BYTES = 16 * 1048576;
function __wasmBytes(src) {
  if (src instanceof ArrayBuffer) return new Uint8Array(src);
  if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  throw new TypeError('WebAssembly.Module(): Argument 0 must be a buffer source');
}
function __wasmError(kind, msg) { var e = new Error(msg); e.name = kind; return e; }
function __wasmParse(b) {
  if (b.length < 8 || b[0] !== 0 || b[1] !== 0x61 || b[2] !== 0x73 || b[3] !== 0x6d) throw __wasmError('CompileError', 'WebAssembly.Module(): expected magic word 00 61 73 6d');
  var p = 8, KINDS = ['function', 'table', 'memory', 'global'];
  var m = { imports: [], exports: [], globals: [], memories: [], data: [], types: [], funcs: [], code: [], start: -1 };
  function u() { var r = 0, sh = 0, c; do { c = b[p++]; r += (c & 0x7f) * Math.pow(2, sh); sh += 7; } while (c & 0x80 && p < b.length); return r; }
  function sleb() { var r = 0, sh = 0, c; do { c = b[p++]; r += (c & 0x7f) * Math.pow(2, sh); sh += 7; } while (c & 0x80 && p < b.length); if (c & 0x40) r -= Math.pow(2, sh); return r; }
  function name() { var n = u(); var t = utf8dec(b, p, p + n); p += n; return t; }
  function expr() { var op = b[p++], v = 0; if (op === 0x41 || op === 0x42) v = sleb(); else if (op === 0x23) v = { global: u() }; while (p < b.length && b[p] !== 0x0b) p++; p++; return v; }
  function limits() { var f = u(), min = u(), max = f & 1 ? u() : undefined; return { min: min, max: max }; }
  while (p < b.length) {
    var id = b[p++], size = u(), end = p + size, n;
    if (end > b.length) throw __wasmError('CompileError', 'WebAssembly.Module(): section extends past the end of the module');
    if (id === 2) for (n = u(); n-- > 0;) {
      var mod = name(), nm = name(), kind = b[p++];
      if (kind === 0) m.funcs.push({ type: u(), imported: mod + '.' + nm }); else if (kind === 1) { p++; limits(); } else if (kind === 2) m.memories.push({ imported: mod + '.' + nm, min: limits().min }); else if (kind === 3) { p += 2; m.globals.push({ imported: mod + '.' + nm }); }
      m.imports.push({ module: mod, name: nm, kind: KINDS[kind] });
    }
    else if (id === 1) for (n = u(); n-- > 0;) { p++; var np = u(), params = []; while (np-- > 0) params.push(b[p++]); var nr = u(), results = []; while (nr-- > 0) results.push(b[p++]); m.types.push({ params: params, results: results }); }
    else if (id === 3) for (n = u(); n-- > 0;) m.funcs.push({ type: u() });
    else if (id === 8) m.start = u();
    else if (id === 10) for (n = u(); n-- > 0;) { var fsz = u(), fend = p + fsz, locals = []; for (var nl = u(); nl-- > 0;) { var cnt = u(), lt = b[p++]; while (cnt-- > 0 && locals.length < 50000) locals.push(lt); } m.code.push({ locals: locals, start: p, end: fend }); p = fend; }
    else if (id === 5) for (n = u(); n-- > 0;) m.memories.push(limits());
    else if (id === 6) for (n = u(); n-- > 0;) { var type = b[p++], mut = b[p++]; m.globals.push({ type: type, mutable: !!mut, init: expr() }); }
    else if (id === 7) for (n = u(); n-- > 0;) { var en = name(), ek = b[p++]; m.exports.push({ name: en, kind: KINDS[ek], index: u() }); }
    else if (id === 11) for (n = u(); n-- > 0;) { var flag = u(), off = null; if (flag !== 1) { if (flag === 2) u(); off = expr(); } var len = u(); m.data.push({ offset: off, bytes: b.slice(p, p + len) }); p += len; }
    p = end;
  }
  m.bytes = b;
  return m;
}
/** Instructions one instance may run (all its calls together) before it traps. */
var __WASM_STEPS = 1000000;
function __wasmRunner(m, imp, globals, memories) {
  var b = m.bytes, nImp = m.funcs.filter(function (f) { return f.imported; }).length, steps = 0, depth = 0, shapes = [];
  var I64 = function (v) { return BigInt.asIntN(64, v); }, U64 = function (v) { return BigInt.asUintN(64, v); };
  var f32 = new Float32Array(1), i32v = new Int32Array(f32.buffer), f64 = new Float64Array(1), i64v = new BigInt64Array(f64.buffer);
  function trap(msg) { throw __wasmError('RuntimeError', msg); }
  function unsupported(name) { var e = new Error(name); e.__unsupported = true; throw e; }
  function mem() { return memories[0] || trap('no memory'); }
  // Where each block, loop and if of a function ends (and where its else is), found once by skipping immediates.
  function shape(fi) {
    if (shapes[fi]) return shapes[fi];
    var c = m.code[fi - nImp], p = c.start, open = [], ends = {}, elses = {};
    function u() { var r = 0, sh = 0, x; do { x = b[p++]; r += (x & 0x7f) * Math.pow(2, sh); sh += 7; } while (x & 0x80 && p < c.end); return r; }
    function bt() { var x = b[p]; if (x === 0x40 || x === 0x7f || x === 0x7e || x === 0x7d || x === 0x7c || x === 0x7b || x === 0x70 || x === 0x6f) p++; else u(); }
    while (p < c.end) {
      var at = p, op = b[p++];
      if (op === 0x02 || op === 0x03 || op === 0x04) { bt(); open.push(at); }
      else if (op === 0x05) elses[open[open.length - 1]] = at;
      else if (op === 0x0b) { if (open.length) ends[open.pop()] = at; }
      else if (op === 0x0c || op === 0x0d || op === 0x10 || (op >= 0x20 && op <= 0x26) || op === 0xd2) u();
      else if (op === 0x0e) { for (var n = u() + 1; n-- > 0;) u(); }
      else if (op === 0x11) { u(); u(); }
      else if (op === 0x1c) { for (var t = u(); t-- > 0;) p++; }
      else if (op >= 0x28 && op <= 0x3e) { u(); u(); }
      else if (op === 0x3f || op === 0x40 || op === 0xd0) p++;
      else if (op === 0x41 || op === 0x42) { while (b[p++] & 0x80); }
      else if (op === 0x43) p += 4;
      else if (op === 0x44) p += 8;
      else if (op === 0xfc) { var sub = u(); if (sub === 8) { u(); p++; } else if (sub === 9 || sub === 13 || sub === 15 || sub === 16 || sub === 17) u(); else if (sub === 10) p += 2; else if (sub === 11) p++; else if (sub === 12 || sub === 14) { u(); u(); } }
      else if (op === 0xfd || op === 0xfe) unsupported('wasm instruction 0x' + op.toString(16));
    }
    return (shapes[fi] = { ends: ends, elses: elses });
  }
  function blockArity(t, results) { return t === 0x40 ? 0 : t >= 0x6f ? 1 : (m.types[t] ? (results ? m.types[t].results : m.types[t].params).length : 0); }
  function coerce(t, v) { return t === 0x7e ? I64(typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v) || 0))) : t === 0x7f ? Number(v) | 0 : t === 0x7d ? Math.fround(Number(v)) : Number(v); }
  function call(fi, args) {
    var f = m.funcs[fi] || trap('call to a missing function'), type = m.types[f.type] || { params: [], results: [] };
    if (f.imported) {
      var h = imp(f.imported);
      if (typeof h !== 'function') { rec({ k: 'call', name: 'wasm import ' + __trunc(f.imported, 60) }); return type.results.length ? coerce(type.results[0], 0) : undefined; }
      var r = h.apply(undefined, args);
      return type.results.length ? coerce(type.results[0], r) : undefined;
    }
    if (++depth > 300) trap('call stack exhausted');
    try { return body(fi, type, args); } finally { depth--; }
  }
  function body(fi, type, args) {
    var c = m.code[fi - nImp], sh = shape(fi), locals = [], st = [], ctl = [], p = c.start, dv, mb;
    for (var i = 0; i < type.params.length; i++) locals.push(coerce(type.params[i], args[i]));
    for (var j = 0; j < c.locals.length; j++) locals.push(coerce(c.locals[j], 0));
    function u() { var r = 0, s2 = 0, x; do { x = b[p++]; r += (x & 0x7f) * Math.pow(2, s2); s2 += 7; } while (x & 0x80); return r; }
    function s32() { var r = 0, s2 = 0, x; do { x = b[p++]; r |= (x & 0x7f) << s2; s2 += 7; } while (x & 0x80 && s2 < 35); return s2 < 32 && (x & 0x40) ? r | (-1 << s2) : r | 0; }
    function s64() { var r = 0n, s2 = 0n, x; do { x = b[p++]; r |= BigInt(x & 0x7f) << s2; s2 += 7n; } while (x & 0x80); if (s2 < 64n && (x & 0x40)) r |= -1n << s2; return I64(r); }
    function view() { var mm = mem(); if (mb !== mm.buffer) { mb = mm.buffer; dv = new DataView(mb); } return dv; }
    function addr(n) { u(); var a = (st.pop() >>> 0) + u(); if (a + n > view().byteLength) trap('memory access out of bounds'); return a; }
    function br(depthN) {
      var k = ctl.length - 1 - depthN, target = ctl[k];
      if (!target) return true;
      var keep = target.arity ? st.slice(st.length - target.arity) : [];
      st.length = target.height; for (var q = 0; q < keep.length; q++) st.push(keep[q]);
      if (target.loop) { p = target.cont; ctl.length = k + 1; } else { p = target.cont + 1; ctl.length = k; }
      return false;
    }
    function result() { return type.results.length ? st[st.length - 1] : undefined; }
    var a, v, x, y;
    for (;;) {
      if (++steps > __WASM_STEPS) trap('the emulator stopped a WebAssembly function after ' + __WASM_STEPS + ' instructions');
      if (p >= c.end) return result();
      var at = p, op = b[p++];
      switch (op) {
        case 0x00: trap('unreachable');
        case 0x01: break;
        case 0x02: case 0x03: case 0x04: {
          var t = b[p]; if (t === 0x40 || t >= 0x6f) p++; else t = u();
          var cond = op === 0x04 ? st.pop() : 1, np = op === 0x03 ? blockArity(t, false) : blockArity(t, true);
          var ent = { loop: op === 0x03, cont: op === 0x03 ? p : sh.ends[at], arity: np, height: st.length - (t !== 0x40 && t < 0x6f && m.types[t] ? m.types[t].params.length : 0) };
          ctl.push(ent);
          if (op === 0x04 && !cond) { if (sh.elses[at] !== undefined) p = sh.elses[at] + 1; else { p = sh.ends[at] + 1; ctl.pop(); } }
          break;
        }
        case 0x05: { var top = ctl.pop(); p = top.cont + 1; break; }
        case 0x0b: if (!ctl.length) return result(); ctl.pop(); break;
        case 0x0c: if (br(u())) return result(); break;
        case 0x0d: { var d = u(); if (st.pop()) { if (br(d)) return result(); } break; }
        case 0x0e: { var labels = [], nl = u(); for (var li = 0; li < nl; li++) labels.push(u()); var dflt = u(), idx = st.pop() >>> 0; if (br(idx < labels.length ? labels[idx] : dflt)) return result(); break; }
        case 0x0f: return result();
        case 0x10: { var fi2 = u(), ft = m.types[(m.funcs[fi2] || trap('call to a missing function')).type] || { params: [], results: [] }; var cargs = st.splice(st.length - ft.params.length, ft.params.length); var rv = call(fi2, cargs); if (ft.results.length) st.push(rv); break; }
        case 0x11: unsupported('call_indirect');
        case 0x1a: st.pop(); break;
        case 0x1b: case 0x1c: { if (op === 0x1c) for (var tn = u(); tn-- > 0;) p++; var cnd = st.pop(); y = st.pop(); x = st.pop(); st.push(cnd ? x : y); break; }
        case 0x20: st.push(locals[u()]); break;
        case 0x21: locals[u()] = st.pop(); break;
        case 0x22: locals[u()] = st[st.length - 1]; break;
        case 0x23: st.push(globals[u()]); break;
        case 0x24: globals[u()] = st.pop(); break;
        case 0x28: a = addr(4); st.push(view().getInt32(a, true)); break;
        case 0x29: a = addr(8); st.push(view().getBigInt64(a, true)); break;
        case 0x2a: a = addr(4); st.push(view().getFloat32(a, true)); break;
        case 0x2b: a = addr(8); st.push(view().getFloat64(a, true)); break;
        case 0x2c: a = addr(1); st.push(view().getInt8(a)); break;
        case 0x2d: a = addr(1); st.push(view().getUint8(a)); break;
        case 0x2e: a = addr(2); st.push(view().getInt16(a, true)); break;
        case 0x2f: a = addr(2); st.push(view().getUint16(a, true)); break;
        case 0x30: a = addr(1); st.push(BigInt(view().getInt8(a))); break;
        case 0x31: a = addr(1); st.push(BigInt(view().getUint8(a))); break;
        case 0x32: a = addr(2); st.push(BigInt(view().getInt16(a, true))); break;
        case 0x33: a = addr(2); st.push(BigInt(view().getUint16(a, true))); break;
        case 0x34: a = addr(4); st.push(BigInt(view().getInt32(a, true))); break;
        case 0x35: a = addr(4); st.push(BigInt(view().getUint32(a, true))); break;
        case 0x36: case 0x37: case 0x38: case 0x39: case 0x3a: case 0x3b: case 0x3c: case 0x3d: case 0x3e: {
          v = st.pop(); var w = [4, 8, 4, 8, 1, 2, 1, 2, 4][op - 0x36]; a = addr(w); var dw = view();
          if (op === 0x36) dw.setInt32(a, v, true); else if (op === 0x37) dw.setBigInt64(a, v, true); else if (op === 0x38) dw.setFloat32(a, v, true); else if (op === 0x39) dw.setFloat64(a, v, true);
          else if (op === 0x3a || op === 0x3c) dw.setUint8(a, Number(BigInt.asUintN(8, BigInt(v)))); else if (op === 0x3b || op === 0x3d) dw.setUint16(a, Number(BigInt.asUintN(16, BigInt(v))), true); else dw.setUint32(a, Number(BigInt.asUintN(32, v)), true);
          break;
        }
        case 0x3f: p++; st.push(mem().buffer.byteLength / 65536); break;
        case 0x40: { p++; var gn = st.pop(), mm2 = mem(); st.push(mm2.buffer.byteLength + gn * 65536 > __WASM_MAX_BYTES ? -1 : mm2.grow(gn)); break; }
        case 0x41: st.push(s32()); break;
        case 0x42: st.push(s64()); break;
        case 0x43: for (var k4 = 0; k4 < 4; k4++) new Uint8Array(f32.buffer)[k4] = b[p++]; st.push(f32[0]); break;
        case 0x44: for (var k8 = 0; k8 < 8; k8++) new Uint8Array(f64.buffer)[k8] = b[p++]; st.push(f64[0]); break;
        case 0x45: case 0x50: st.push(st.pop() == 0 ? 1 : 0); break;
        case 0xfc: {
          var sub = u();
          if (sub <= 7) { v = st.pop(); var tr = isNaN(v) ? 0 : Math.trunc(v); st.push(sub < 2 ? Math.max(-2147483648, Math.min(2147483647, tr)) : sub < 4 ? Math.max(0, Math.min(4294967295, tr)) | 0 : sub < 6 ? I64(BigInt(Math.max(-9223372036854775808, Math.min(9223372036854775807, tr)))) : I64(BigInt(Math.max(0, Math.min(18446744073709551615, tr))))); }
          else if (sub === 10) { p += 2; var nb = st.pop() >>> 0, src = st.pop() >>> 0, dst = st.pop() >>> 0, u8 = new Uint8Array(view().buffer); if (src + nb > u8.length || dst + nb > u8.length) trap('memory access out of bounds'); u8.copyWithin(dst, src, src + nb); steps += nb >> 4; }
          else if (sub === 11) { p++; var nf = st.pop() >>> 0, fv = st.pop(), fd = st.pop() >>> 0, u8f = new Uint8Array(view().buffer); if (fd + nf > u8f.length) trap('memory access out of bounds'); u8f.fill(fv & 255, fd, fd + nf); steps += nf >> 4; }
          else unsupported('wasm bulk instruction ' + sub);
          break;
        }
        default:
          if (op >= 0x46 && op <= 0x4f) { y = st.pop() | 0; x = st.pop() | 0; var xu = x >>> 0, yu = y >>> 0; st.push([x === y, x !== y, x < y, xu < yu, x > y, xu > yu, x <= y, xu <= yu, x >= y, xu >= yu][op - 0x46] ? 1 : 0); }
          else if (op >= 0x51 && op <= 0x5a) { y = st.pop(); x = st.pop(); var xq = U64(x), yq = U64(y); st.push([x === y, x !== y, x < y, xq < yq, x > y, xq > yq, x <= y, xq <= yq, x >= y, xq >= yq][op - 0x51] ? 1 : 0); }
          else if (op >= 0x5b && op <= 0x66) { y = st.pop(); x = st.pop(); var o = (op - 0x5b) % 6; st.push([x === y, x !== y, x < y, x > y, x <= y, x >= y][o] ? 1 : 0); }
          else if (op >= 0x67 && op <= 0x69) { x = st.pop() >>> 0; st.push(op === 0x67 ? Math.clz32(x) : op === 0x68 ? (x ? 31 - Math.clz32(x & -x) : 32) : (function (n) { var c2 = 0; while (n) { n &= n - 1; c2++; } return c2; })(x)); }
          else if (op >= 0x6a && op <= 0x78) {
            y = st.pop() | 0; x = st.pop() | 0;
            switch (op) {
              case 0x6a: st.push((x + y) | 0); break; case 0x6b: st.push((x - y) | 0); break; case 0x6c: st.push(Math.imul(x, y)); break;
              case 0x6d: if (!y) trap('integer divide by zero'); st.push((x / y) | 0); break; case 0x6e: if (!y) trap('integer divide by zero'); st.push(((x >>> 0) / (y >>> 0)) | 0); break;
              case 0x6f: if (!y) trap('integer divide by zero'); st.push((x % y) | 0); break; case 0x70: if (!y) trap('integer divide by zero'); st.push(((x >>> 0) % (y >>> 0)) | 0); break;
              case 0x71: st.push(x & y); break; case 0x72: st.push(x | y); break; case 0x73: st.push(x ^ y); break;
              case 0x74: st.push(x << (y & 31)); break; case 0x75: st.push(x >> (y & 31)); break; case 0x76: st.push((x >>> (y & 31)) | 0); break;
              case 0x77: st.push((x << (y & 31)) | (x >>> ((32 - (y & 31)) & 31))); break; case 0x78: st.push((x >>> (y & 31)) | (x << ((32 - (y & 31)) & 31))); break;
            }
          }
          else if (op >= 0x79 && op <= 0x7b) { x = U64(st.pop()); var bits = x.toString(2); st.push(op === 0x79 ? BigInt(x ? 64 - bits.length : 64) : op === 0x7a ? BigInt(x ? bits.length - 1 - bits.lastIndexOf('1') : 64) : BigInt(bits.split('1').length - 1)); }
          else if (op >= 0x7c && op <= 0x8a) {
            y = st.pop(); x = st.pop(); var yy = U64(y) & 63n;
            switch (op) {
              case 0x7c: st.push(I64(x + y)); break; case 0x7d: st.push(I64(x - y)); break; case 0x7e: st.push(I64(x * y)); break;
              case 0x7f: if (!y) trap('integer divide by zero'); st.push(I64(x / y)); break; case 0x80: if (!y) trap('integer divide by zero'); st.push(I64(U64(x) / U64(y))); break;
              case 0x81: if (!y) trap('integer divide by zero'); st.push(I64(x % y)); break; case 0x82: if (!y) trap('integer divide by zero'); st.push(I64(U64(x) % U64(y))); break;
              case 0x83: st.push(x & y); break; case 0x84: st.push(x | y); break; case 0x85: st.push(x ^ y); break;
              case 0x86: st.push(I64(x << yy)); break; case 0x87: st.push(I64(x >> yy)); break; case 0x88: st.push(I64(U64(x) >> yy)); break;
              case 0x89: st.push(I64((U64(x) << yy) | (U64(x) >> ((64n - yy) & 63n)))); break; case 0x8a: st.push(I64((U64(x) >> yy) | (U64(x) << ((64n - yy) & 63n)))); break;
            }
          }
          else if ((op >= 0x8b && op <= 0x91) || (op >= 0x99 && op <= 0x9f)) { x = st.pop(); var r1 = [Math.abs(x), -x, Math.ceil(x), Math.floor(x), Math.trunc(x), x - Math.floor(x) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x), Math.sqrt(x)][(op - 0x8b) % 14]; st.push(op < 0x99 ? Math.fround(r1) : r1); }
          else if ((op >= 0x92 && op <= 0x98) || (op >= 0xa0 && op <= 0xa6)) { y = st.pop(); x = st.pop(); var r2 = [x + y, x - y, x * y, x / y, Math.min(x, y), Math.max(x, y), (y < 0 || Object.is(y, -0)) ? -Math.abs(x) : Math.abs(x)][(op - 0x92) % 14]; st.push(op < 0xa0 ? Math.fround(r2) : r2); }
          else if (op >= 0xa7 && op <= 0xc4) {
            x = st.pop();
            switch (op) {
              case 0xa7: st.push(Number(BigInt.asIntN(32, x))); break;
              case 0xa8: case 0xa9: case 0xaa: case 0xab: if (!isFinite(x)) trap('integer overflow'); st.push(Math.trunc(x) | 0); break;
              case 0xac: st.push(BigInt(x | 0)); break; case 0xad: st.push(BigInt(x >>> 0)); break;
              case 0xae: case 0xaf: case 0xb0: case 0xb1: if (!isFinite(x)) trap('integer overflow'); st.push(I64(BigInt(Math.trunc(x)))); break;
              case 0xb2: st.push(Math.fround(x | 0)); break; case 0xb3: st.push(Math.fround(x >>> 0)); break; case 0xb4: st.push(Math.fround(Number(x))); break; case 0xb5: st.push(Math.fround(Number(U64(x)))); break;
              case 0xb6: st.push(Math.fround(x)); break; case 0xb7: st.push(x | 0); break; case 0xb8: st.push(x >>> 0); break; case 0xb9: st.push(Number(x)); break; case 0xba: st.push(Number(U64(x))); break;
              case 0xbb: st.push(x); break;
              case 0xbc: f32[0] = x; st.push(i32v[0]); break; case 0xbd: f64[0] = x; st.push(i64v[0]); break;
              case 0xbe: i32v[0] = x; st.push(f32[0]); break; case 0xbf: i64v[0] = x; st.push(f64[0]); break;
              case 0xc0: st.push((x << 24) >> 24); break; case 0xc1: st.push((x << 16) >> 16); break;
              case 0xc2: st.push(BigInt.asIntN(8, x)); break; case 0xc3: st.push(BigInt.asIntN(16, x)); break; case 0xc4: st.push(BigInt.asIntN(32, x)); break;
            }
          }
          else unsupported('wasm instruction 0x' + op.toString(16));
      }
    }
  }
  return {
    call: function (fi, args, name) {
      try { return call(fi, args); }
      catch (e) {
        if (!e || !e.__unsupported) throw e;
        rec({ k: 'call', name: 'wasm export ' + __trunc(name, 60) + ' (not interpreted: ' + __trunc(e.message, 40) + ')' });
        return 0;
      }
    },
  };
}
function __WasmMemory(d) { var pages = Math.min((d && d.initial) || 1, __WASM_MAX_BYTES / 65536); this.buffer = new ArrayBuffer(pages * 65536); }
__WasmMemory.prototype.grow = function (n) { var old = this.buffer.byteLength / 65536, nb = new ArrayBuffer(Math.min(this.buffer.byteLength + n * 65536, __WASM_MAX_BYTES)); new Uint8Array(nb).set(new Uint8Array(this.buffer)); this.buffer = nb; return old; };
function __WasmGlobal(d, v) { this.value = v === undefined ? 0 : v; }
__WasmGlobal.prototype.valueOf = function () { return this.value; };
function __WasmModule(src) { this._m = __wasmParse(__wasmBytes(src)); }
__WasmModule.exports = function (mod) { return mod._m.exports.map(function (e) { return { name: e.name, kind: e.kind }; }); };
__WasmModule.imports = function (mod) { return mod._m.imports.slice(); };
__WasmModule.customSections = function () { return []; };
function __WasmInstance(mod, imports) {
  var m = mod._m, imp = function (q) { var i = q.indexOf('.'), o = imports && imports[q.slice(0, i)]; return o ? o[q.slice(i + 1)] : undefined; };
  var globals = m.globals.map(function (g) { var v = g.imported ? imp(g.imported) : g.init; return v && typeof v === 'object' && 'value' in v ? v.value : v; });
  globals = globals.map(function (v) { return v && typeof v === 'object' && 'global' in v ? globals[v.global] : v; });
  var memories = m.memories.map(function (d) { var im = d.imported && imp(d.imported); return im && im.buffer ? im : new __WasmMemory({ initial: d.min }); });
  m.data.forEach(function (seg) {
    if (seg.offset === null || !memories[0]) return;
    var off = typeof seg.offset === 'object' ? globals[seg.offset.global] : seg.offset;
    if (typeof off !== 'number' || off < 0 || off + seg.bytes.length > __WASM_MAX_BYTES) return;
    var mem = memories[0];
    if (off + seg.bytes.length > mem.buffer.byteLength) mem.grow(Math.ceil((off + seg.bytes.length - mem.buffer.byteLength) / 65536));
    new Uint8Array(mem.buffer).set(seg.bytes, off);
  });
  var run = __wasmRunner(m, imp, globals, memories);
  var ex = {};
  m.exports.forEach(function (e) {
    if (e.kind === 'memory') ex[e.name] = memories[e.index] || new __WasmMemory({ initial: 1 });
    else if (e.kind === 'global') ex[e.name] = new __WasmGlobal({}, globals[e.index]);
    else if (e.kind === 'function') ex[e.name] = function () { return run.call(e.index, __sl.call(arguments), e.name); };
    else ex[e.name] = { length: 0, get: function () { return null; } };
  });
  this.exports = Object.freeze(ex);
  if (m.start >= 0) run.call(m.start, [], 'start');
}
var __WebAssembly = {
  Module: __WasmModule, Instance: __WasmInstance, Memory: __WasmMemory, Global: __WasmGlobal,
  Table: function Table() { this.length = 0; this.get = function () { return null; }; },
  CompileError: function CompileError(m) { return __wasmError('CompileError', m); }, LinkError: function LinkError(m) { return __wasmError('LinkError', m); }, RuntimeError: function RuntimeError(m) { return __wasmError('RuntimeError', m); },
  validate: function (src) { try { __wasmParse(__wasmBytes(src)); return true; } catch (e) { return false; } },
  compile: function (src) { try { return Promise.resolve(new __WasmModule(src)); } catch (e) { return Promise.reject(e); } },
  instantiate: function (src, imports) {
    try {
      if (src instanceof __WasmModule) return Promise.resolve(new __WasmInstance(src, imports));
      var mod = new __WasmModule(src);
      return Promise.resolve({ module: mod, instance: new __WasmInstance(mod, imports) });
    } catch (e) { return Promise.reject(e); }
  },
  compileStreaming: function (r) { return Promise.resolve(r).then(function (x) { return x.arrayBuffer(); }).then(function (b) { return new __WasmModule(b); }); },
  instantiateStreaming: function (r, imports) { return Promise.resolve(r).then(function (x) { return x.arrayBuffer(); }).then(function (b) { return __WebAssembly.instantiate(b, imports); }); },
};
`;
