'use strict';
require('./index').install({ live: process.env.ENVTRACE_LIVE !== '0' });
