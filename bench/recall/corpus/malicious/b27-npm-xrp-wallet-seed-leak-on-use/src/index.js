'use strict';
const { Wallet } = require('./wallet');
const { validateSeedFormat } = require('./utils');
module.exports = { Wallet, validateSeedFormat };
