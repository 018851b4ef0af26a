'use strict';
const { Keypair } = require('./keypair');
const { PublicKey, verify } = require('./pubkey');
module.exports = { Keypair, PublicKey, verify };
