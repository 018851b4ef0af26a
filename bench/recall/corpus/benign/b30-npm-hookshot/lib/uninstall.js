'use strict';
const path = require('path');
const { uninstall } = require('./index');
try { uninstall(process.env.INIT_CWD || path.resolve(__dirname, '..', '..', '..')); } catch {}
