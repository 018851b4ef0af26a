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
    if (c < 0x80) { cp = c; i++; }
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
  for (var i = start || 0; i < e; i += 8192) parts.push(String.fromCharCode.apply(null, __sl.call(b.subarray(i, Math.min(e, i + 8192)))));
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

// ---------------------------------------------------------------- clock and timers (fast-forwarded)
var __OrigDate = Date, __t0 = __OrigDate.now(), __clock = 0, __drift = 0;
function __now() { __drift += 1; return __t0 + __clock + __drift; }
class FakeDate extends __OrigDate {
  constructor() { if (arguments.length === 0) super(__now()); else super(...arguments); }
  static now() { return __now(); }
}
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
    if (!m) { var e = new TypeError('Invalid URL'); e.code = 'ERR_INVALID_URL'; e.input = u; throw e; }
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

// ---------------------------------------------------------------- WebAssembly: a module's data, never its code
// QuickJS has no WebAssembly. A module is parsed, not run: its memory holds its data segments at their offsets,
// its globals their constant values, and its functions return 0 (each call recorded). A payload packed into a
// data segment (read out of exports.memory at an exported offset) is then what the JavaScript decodes and runs.
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
  var m = { imports: [], exports: [], globals: [], memories: [], data: [] };
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
      if (kind === 0) u(); else if (kind === 1) { p++; limits(); } else if (kind === 2) m.memories.push({ imported: mod + '.' + nm, min: limits().min }); else if (kind === 3) { p += 2; m.globals.push({ imported: mod + '.' + nm }); }
      m.imports.push({ module: mod, name: nm, kind: KINDS[kind] });
    }
    else if (id === 5) for (n = u(); n-- > 0;) m.memories.push(limits());
    else if (id === 6) for (n = u(); n-- > 0;) { var type = b[p++], mut = b[p++]; m.globals.push({ type: type, mutable: !!mut, init: expr() }); }
    else if (id === 7) for (n = u(); n-- > 0;) { var en = name(), ek = b[p++]; m.exports.push({ name: en, kind: KINDS[ek], index: u() }); }
    else if (id === 11) for (n = u(); n-- > 0;) { var flag = u(), off = null; if (flag !== 1) { if (flag === 2) u(); off = expr(); } var len = u(); m.data.push({ offset: off, bytes: b.slice(p, p + len) }); p += len; }
    p = end;
  }
  return m;
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
  var ex = {};
  m.exports.forEach(function (e) {
    if (e.kind === 'memory') ex[e.name] = memories[e.index] || new __WasmMemory({ initial: 1 });
    else if (e.kind === 'global') ex[e.name] = new __WasmGlobal({}, globals[e.index]);
    else if (e.kind === 'function') ex[e.name] = function () { rec({ k: 'call', name: 'wasm export ' + __trunc(e.name, 60) }); return 0; };
    else ex[e.name] = { length: 0, get: function () { return null; } };
  });
  this.exports = Object.freeze(ex);
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
