'use strict';
require('./index.cjs').config();
