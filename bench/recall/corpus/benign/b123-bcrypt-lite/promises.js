'use strict';
let Promise = global.Promise;

/// Wrap a callback-style function so that it returns a promise when no callback is given.
module.exports.promise = function (fn, context, args) {
  if (!Array.isArray(args)) args = Array.prototype.slice.call(args);
  if (typeof fn !== 'function') return Promise.reject(new Error('fn must be a function'));
  return new Promise((resolve, reject) => {
    args.push((err, data) => (err ? reject(err) : resolve(data)));
    fn.apply(context, args);
  });
};

module.exports.use = function (promise) { Promise = promise; };
