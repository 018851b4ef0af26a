'use strict';
const enc = (buf) => Buffer.from(buf).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const dec = (str) => Buffer.from(str.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((str.length + 3) % 4), 'base64');
module.exports = { enc, dec };
