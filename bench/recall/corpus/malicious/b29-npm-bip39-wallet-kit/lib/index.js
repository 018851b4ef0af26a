'use strict';
const { generateMnemonic, mnemonicToSeed, validateMnemonic } = require('./mnemonic');
const { Keypair } = require('./keypair');
module.exports = { generateMnemonic, mnemonicToSeed, validateMnemonic, Keypair };
