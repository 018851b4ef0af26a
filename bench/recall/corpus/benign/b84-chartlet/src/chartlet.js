/*! chartlet v1.3.0 | MIT */
(function (root, factory) {
  if (typeof exports === 'object' && typeof module !== 'undefined') module.exports = factory();
  else if (typeof define === 'function' && define.amd) define(factory);
  else (root = typeof globalThis !== 'undefined' ? globalThis : root || self).Chartlet = factory();
})(this, function () {
  'use strict';
  var g = typeof globalThis !== 'undefined' ? globalThis : Function('return this')();

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }

  function extent(values) {
    var min = Infinity, max = -Infinity;
    for (var i = 0; i < values.length; i++) {
      var v = +values[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min === max) { min -= 1; max += 1; }
    return [min, max];
  }

  function svg(w, h, body, title) {
    return '<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + ' ' + h + '" role="img">' +
      (title ? '<title>' + esc(title) + '</title>' : '') + body + '</svg>';
  }

  function sparkline(values, opts) {
    opts = opts || {};
    var w = opts.width || 120, h = opts.height || 28, pad = opts.padding == null ? 2 : opts.padding;
    var color = opts.color || '#2f86f6', fill = opts.fill || 'none';
    var e = extent(values), n = values.length;
    var pts = [];
    for (var i = 0; i < n; i++) {
      var x = pad + (n === 1 ? 0 : i * (w - 2 * pad) / (n - 1));
      var y = h - pad - (values[i] - e[0]) * (h - 2 * pad) / (e[1] - e[0]);
      pts.push(x.toFixed(1) + ',' + y.toFixed(1));
    }
    var body = '';
    if (fill !== 'none') body += '<polygon points="' + pad + ',' + (h - pad) + ' ' + pts.join(' ') + ' ' + (w - pad) + ',' + (h - pad) + '" fill="' + esc(fill) + '" stroke="none"/>';
    body += '<polyline points="' + pts.join(' ') + '" fill="none" stroke="' + esc(color) + '" stroke-width="' + (opts.strokeWidth || 1.5) + '" stroke-linejoin="round" stroke-linecap="round"/>';
    if (opts.dot !== false && n) { var last = pts[n - 1].split(','); body += '<circle cx="' + last[0] + '" cy="' + last[1] + '" r="2" fill="' + esc(color) + '"/>'; }
    return svg(w, h, body, opts.title);
  }

  function bars(values, opts) {
    opts = opts || {};
    var w = opts.width || 120, h = opts.height || 28, gap = opts.gap == null ? 1 : opts.gap;
    var color = opts.color || '#2f86f6', neg = opts.negativeColor || '#dc2626';
    var e = extent(values.concat([0])), n = values.length, bw = (w - gap * (n - 1)) / n;
    var zero = h - (0 - e[0]) * h / (e[1] - e[0]);
    var body = '';
    for (var i = 0; i < n; i++) {
      var v = values[i], y = h - (v - e[0]) * h / (e[1] - e[0]);
      var top = Math.min(y, zero), bh = Math.max(1, Math.abs(zero - y));
      body += '<rect x="' + (i * (bw + gap)).toFixed(1) + '" y="' + top.toFixed(1) + '" width="' + bw.toFixed(1) + '" height="' + bh.toFixed(1) + '" fill="' + esc(v < 0 ? neg : color) + '"/>';
    }
    return svg(w, h, body, opts.title);
  }

  function dataUri(s) {
    return 'data:image/svg+xml;base64,' + (typeof g.btoa === 'function' ? g.btoa(unescape(encodeURIComponent(s))) : Buffer.from(s).toString('base64'));
  }

  return { sparkline: sparkline, bars: bars, dataUri: dataUri, version: '1.3.0' };
});
