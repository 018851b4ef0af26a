'use strict';

const path = require('path');
const crypto = require('crypto');
const bindings = require(path.join(__dirname, 'build', 'Release', 'bcrypt_lib.node'));
const promises = require('./lib/promises');

function genSaltSync(rounds, minor) {
    if (rounds == null) rounds = 10;
    else if (typeof rounds !== 'number') throw new Error('rounds must be a number');
    if (!minor) minor = 'b';
    else if (minor !== 'b' && minor !== 'a') throw new Error('minor must be either "a" or "b"');
    return bindings.gen_salt_sync(minor, rounds, crypto.randomBytes(16));
}

function hashSync(data, salt) {
    if (data == null || salt == null) throw new Error('data and salt arguments required');
    if (!(typeof data === 'string' || data instanceof Buffer) || (typeof salt !== 'string' && typeof salt !== 'number')) {
        throw new Error('data must be a string or Buffer and salt must either be a salt string or a number of rounds');
    }
    if (typeof salt === 'number') salt = genSaltSync(salt);
    return bindings.encrypt_sync(data, salt);
}

function compareSync(data, hash) {
    if (data == null || hash == null) throw new Error('data and hash arguments required');
    if (typeof hash !== 'string') return false;
    return bindings.compare_sync(data, hash);
}

function hash(data, salt, cb) {
    if (typeof cb !== 'function') return promises.promise(hash, this, [data, salt]);
    process.nextTick(() => { try { cb(null, hashSync(data, salt)); } catch (e) { cb(e); } });
}

function compare(data, h, cb) {
    if (typeof cb !== 'function') return promises.promise(compare, this, [data, h]);
    process.nextTick(() => { try { cb(null, compareSync(data, h)); } catch (e) { cb(e); } });
}

function getRounds(h) {
    if (typeof h !== 'string') throw new Error('hash must be a string');
    return bindings.get_rounds(h);
}

module.exports = { genSaltSync, hashSync, compareSync, hash, compare, getRounds };
