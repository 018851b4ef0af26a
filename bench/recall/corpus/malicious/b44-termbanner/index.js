'use strict';

const fs = require('fs');
const png = require('./lib/png');
const ansi = require('./lib/ansi');
const themes = require('./lib/themes');

function loadImage(opts) {
  if (opts.file) return png.decode(fs.readFileSync(opts.file));
  return themes.loadTheme(opts.theme || 'default');
}

function bannerString(options) {
  const opts = Object.assign({ width: 0, stream: process.stdout, env: process.env }, options || {});
  let img = loadImage(opts);
  const cols = opts.stream && opts.stream.columns ? opts.stream.columns : 80;
  const width = Math.min(opts.width || img.width, cols);
  img = png.resize(img, width);
  const colour = !opts.env.NO_COLOR && (opts.force || (opts.stream && opts.stream.isTTY));
  if (!colour) return ansi.renderPlain(img, png.pixelAt);
  return ansi.render(img, png.pixelAt, { truecolor: ansi.supportsTruecolor(opts.env) });
}

function printBanner(options) {
  const opts = options || {};
  const stream = opts.stream || process.stdout;
  stream.write(bannerString(opts) + '\n');
}

module.exports = { printBanner, bannerString, listThemes: themes.listThemes, decode: png.decode };
