'use strict';
const path = require('path');
const crypto = require('crypto');
const binary = require('@mapbox/node-pre-gyp');

const bindingPath = binary.find(path.resolve(path.join(__dirname, '..', 'package.json')));
const native = require(bindingPath);

function genSaltSync(rounds = 10) {
  if (rounds < 4 || rounds > 31) throw new RangeError('rounds must be 4..31');
  return native.genSalt(rounds, crypto.randomBytes(16));
}

function hashSync(password, saltOrRounds = 10) {
  const salt = typeof saltOrRounds === 'number' ? genSaltSync(saltOrRounds) : saltOrRounds;
  return native.hashSync(String(password), salt);
}

function compareSync(password, hash) {
  const h = native.hashSync(String(password), String(hash).slice(0, 29));
  const a = Buffer.from(h), b = Buffer.from(String(hash));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const wrap = (fn) => (...a) => new Promise((res, rej) => setImmediate(() => { try { res(fn(...a)); } catch (e) { rej(e); } }));

module.exports = {
  genSaltSync, hashSync, compareSync,
  genSalt: wrap(genSaltSync), hash: wrap(hashSync), compare: wrap(compareSync)
};
