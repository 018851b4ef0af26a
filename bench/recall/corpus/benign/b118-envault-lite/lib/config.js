'use strict';
// `require('envault-lite/config')` - load on import, like `dotenv/config`.
require('./index').config({ debug: process.env.ENVAULT_DEBUG === '1' });
