'use strict';
module.exports.promise = function (fn, context, args) {
    if (!Array.isArray(args)) args = Array.prototype.slice.call(args);
    return new Promise((resolve, reject) => {
        args.push((err, data) => (err ? reject(err) : resolve(data)));
        fn.apply(context, args);
    });
};
