'use strict';
// placeholder build; real implementation lives in the private registry
module.exports = function authMiddleware() {
  return function (req, res, next) { next(); };
};
