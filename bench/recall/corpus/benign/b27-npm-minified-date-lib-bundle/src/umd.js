/*! tinydate-fmt v2.7.1 | MIT */
(function (root, factory) {
  if (typeof define === 'function' && define.amd) define([], factory);
  else if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.tinydate = factory();
})(typeof globalThis !== 'undefined' ? globalThis : typeof self !== 'undefined' ? self : Function('return this')(), function () {
  'use strict';
  // Locale table is base64-encoded UTF-8 JSON to keep non-ASCII month names
  // intact through old bundlers that mangle string escapes.
  var LOCALES_B64 = 'eyJlbiI6eyJtIjpbIkphbnVhcnkiLCJGZWJydWFyeSIsIk1hcmNoIiwiQXByaWwiLCJNYXkiLCJKdW5lIiwiSnVseSIsIkF1Z3VzdCIsIlNlcHRlbWJlciIsIk9jdG9iZXIiLCJOb3ZlbWJlciIsIkRlY2VtYmVyIl0sImQiOlsiU3VuZGF5IiwiTW9uZGF5IiwiVHVlc2RheSIsIldlZG5lc2RheSIsIlRodXJzZGF5IiwiRnJpZGF5IiwiU2F0dXJkYXkiXX0sImRlIjp7Im0iOlsiSmFudWFyIiwiRmVicnVhciIsIk3DpHJ6IiwiQXByaWwiLCJNYWkiLCJKdW5pIiwiSnVsaSIsIkF1Z3VzdCIsIlNlcHRlbWJlciIsIk9rdG9iZXIiLCJOb3ZlbWJlciIsIkRlemVtYmVyIl0sImQiOlsiU29ubnRhZyIsIk1vbnRhZyIsIkRpZW5zdGFnIiwiTWl0dHdvY2giLCJEb25uZXJzdGFnIiwiRnJlaXRhZyIsIlNhbXN0YWciXX0sImZyIjp7Im0iOlsiamFudmllciIsImbDqXZyaWVyIiwibWFycyIsImF2cmlsIiwibWFpIiwianVpbiIsImp1aWxsZXQiLCJhb8O7dCIsInNlcHRlbWJyZSIsIm9jdG9icmUiLCJub3ZlbWJyZSIsImTDqWNlbWJyZSJdLCJkIjpbImRpbWFuY2hlIiwibHVuZGkiLCJtYXJkaSIsIm1lcmNyZWRpIiwiamV1ZGkiLCJ2ZW5kcmVkaSIsInNhbWVkaSJdfSwiZXMiOnsibSI6WyJlbmVybyIsImZlYnJlcm8iLCJtYXJ6byIsImFicmlsIiwibWF5byIsImp1bmlvIiwianVsaW8iLCJhZ29zdG8iLCJzZXB0aWVtYnJlIiwib2N0dWJyZSIsIm5vdmllbWJyZSIsImRpY2llbWJyZSJdLCJkIjpbImRvbWluZ28iLCJsdW5lcyIsIm1hcnRlcyIsIm1pw6lyY29sZXMiLCJqdWV2ZXMiLCJ2aWVybmVzIiwic8OhYmFkbyJdfX0=';
  var cache = null;
  function decode(b64) {
    if (typeof Buffer !== 'undefined') return Buffer.from(b64, 'base64').toString('utf8');
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  }
  function locales() { return cache || (cache = JSON.parse(decode(LOCALES_B64))); }
  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  // token regexp: %Y %m %d %H %M %S %B %b %A %a %j %%
  var TOKENS = /%([YmdHMSBbAaj%])/g;
  function format(date, pattern, lang) {
    var d = date instanceof Date ? date : new Date(date);
    var L = locales()[lang] || locales().en;
    return String(pattern).replace(TOKENS, function (_, t) {
      switch (t) {
        case 'Y': return d.getFullYear();
        case 'm': return pad(d.getMonth() + 1, 2);
        case 'd': return pad(d.getDate(), 2);
        case 'H': return pad(d.getHours(), 2);
        case 'M': return pad(d.getMinutes(), 2);
        case 'S': return pad(d.getSeconds(), 2);
        case 'B': return L.m[d.getMonth()];
        case 'b': return L.m[d.getMonth()].slice(0, 3);
        case 'A': return L.d[d.getDay()];
        case 'a': return L.d[d.getDay()].slice(0, 3);
        case 'j': return pad(Math.floor((d - new Date(d.getFullYear(), 0, 0)) / 864e5), 3);
        default: return '%';
      }
    });
  }
  // strip bidi/zero-width marks from user patterns
  function clean(p) { return String(p).replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ''); }
  return { format: function (d, p, l) { return format(d, clean(p), l); }, locales: function () { return Object.keys(locales()); } };
});
