'use strict';
require('./index').load();
