'use strict';
require('./index').install();
