'use strict';
const nodePreGyp = require('@mapbox/node-pre-gyp');
const path = require('path');
const crypto = require('crypto');
const promises = require('./promises');

// Locate the compiled or downloaded addon using the "binary" block in package.json.
const bindingPath = nodePreGyp.find(path.resolve(path.join(__dirname, './package.json')));
const bindings = require(bindingPath);

function genSaltSync(rounds = 10, minor = 'b') {
  if (typeof rounds !== 'number') throw new Error('rounds must be a number');
  if (minor !== 'a' && minor !== 'b') throw new Error('minor must be either "a" or "b"');
  return bindings.gen_salt_sync(minor, rounds, crypto.randomBytes(16));
}

function genSalt(rounds, minor, cb) {
  if (typeof rounds === 'function') { cb = rounds; rounds = 10; minor = 'b'; }
  else if (typeof minor === 'function') { cb = minor; minor = 'b'; }
  if (!cb) return promises.promise(genSalt, this, [rounds, minor]);
  crypto.randomBytes(16, (err, seed) => {
    if (err) return cb(err);
    try { cb(null, bindings.gen_salt_sync(minor, rounds || 10, seed)); } catch (e) { cb(e); }
  });
}

function hashSync(data, salt) {
  if (data == null || salt == null) throw new Error('data and salt arguments required');
  if (typeof salt === 'number') salt = genSaltSync(salt);
  return bindings.encrypt_sync(String(data), salt);
}

function hash(data, salt, cb) {
  if (!cb) return promises.promise(hash, this, [data, salt]);
  if (data == null || salt == null) return process.nextTick(cb, new Error('data and salt arguments required'));
  if (typeof salt === 'number') {
    return genSalt(salt, (err, s) => (err ? cb(err) : bindings.encrypt(String(data), s, cb)));
  }
  bindings.encrypt(String(data), salt, cb);
}

function timingSafeStringEqual(a, b) {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

function compareSync(data, encrypted) {
  if (typeof encrypted !== 'string' || encrypted.length < 29) return false;
  return timingSafeStringEqual(hashSync(String(data), encrypted.slice(0, 29)), encrypted);
}

function compare(data, encrypted, cb) {
  if (!cb) return promises.promise(compare, this, [data, encrypted]);
  if (typeof encrypted !== 'string' || encrypted.length < 29) return process.nextTick(cb, null, false);
  bindings.encrypt(String(data), encrypted.slice(0, 29), (err, h) => cb(err, !err && timingSafeStringEqual(h, encrypted)));
}

function getRounds(encrypted) {
  if (typeof encrypted !== 'string') throw new Error('hash must be a string');
  return bindings.get_rounds(encrypted);
}

module.exports = { genSaltSync, genSalt, hashSync, hash, compareSync, compare, getRounds };
