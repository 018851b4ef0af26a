'use strict';
require('./index').config();
