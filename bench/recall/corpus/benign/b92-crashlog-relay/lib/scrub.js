'use strict';

const os = require('os');

const home = os.homedir();
const homeRe = home && home !== '/' ? new RegExp(home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : null;

function path(p) {
  let out = String(p || '');
  if (homeRe) out = out.replace(homeRe, '~');
  return out.replace(/^file:\/\//, '');
}

function message(m) {
  let out = String(m || '').slice(0, 2000);
  out = out.replace(/(https?:\/\/[^\s?#]+)\?[^\s#]*/g, '$1?[query]');
  if (homeRe) out = out.replace(homeRe, '~');
  return out;
}

module.exports = { path, message };
