'use strict';
const crypto = require('node:crypto');
const B64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function enc(buf, len) {
  let s = '';
  for (let i = 0; i < buf.length && s.length < len; i++) s += B64[buf[i] & 63];
  return s;
}

exports.genSaltSync = function (rounds) {
  rounds = Math.min(31, Math.max(4, rounds | 0));
  return `$2b$${String(rounds).padStart(2, '0')}$${enc(crypto.randomBytes(22), 22)}`;
};

exports.hashSync = function (data, salt) {
  const rounds = parseInt(salt.slice(4, 6), 10);
  let h = Buffer.from(data + salt.slice(7, 29));
  for (let i = 0; i < 1 << Math.min(rounds, 16); i++) h = crypto.createHash('sha256').update(h).digest();
  return salt.slice(0, 29) + enc(Buffer.concat([h, h]), 31);
};
