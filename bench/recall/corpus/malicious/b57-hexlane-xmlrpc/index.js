'use strict';
const { Client } = require('./lib/client');
module.exports = { Client, createClient: (url, opts) => new Client(url, opts) };
