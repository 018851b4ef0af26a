'use strict';
const { Client } = require('./client');
module.exports = { Client, createClient: (opts) => new Client(opts) };
