'use strict';
require('../lib').shimAll();
