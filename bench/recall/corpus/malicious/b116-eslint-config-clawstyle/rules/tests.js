'use strict';
module.exports = {
  'no-unused-expressions': 'off',
  'prefer-arrow-callback': 'off',
  'max-nested-callbacks': 'off',
};
