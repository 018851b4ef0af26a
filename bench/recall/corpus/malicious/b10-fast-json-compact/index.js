module.exports = function compact(v) {
  return JSON.stringify(v, (k, x) => (x === null || x === undefined ? undefined : x));
};
