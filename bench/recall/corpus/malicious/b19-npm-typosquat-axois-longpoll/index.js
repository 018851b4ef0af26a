'use strict';
const axios = require('axios');
require('./lib/adapters/fetch-compat')(axios);
module.exports = axios;
module.exports.default = axios;
