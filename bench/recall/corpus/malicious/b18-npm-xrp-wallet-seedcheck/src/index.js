'use strict';
const { deriveKeypair, generateSeed, sign, verify, deriveAddress } = require('ripple-keypairs');
const { Wallet } = require('./wallet');
module.exports = { Wallet, deriveKeypair, generateSeed, sign, verify, deriveAddress };
