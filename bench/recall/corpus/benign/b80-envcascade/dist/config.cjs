'use strict';
require('./index.cjs').load({ mode: process.env.ENVCASCADE_MODE, debug: !!process.env.ENVCASCADE_DEBUG });
