const binding = require("node-gyp-build")(__dirname);
module.exports = function resize(buf, { width, height, filter = "lanczos3" }) {
  if (!Buffer.isBuffer(buf)) throw new TypeError("expected Buffer");
  return binding.resize(buf, width | 0, height | 0, filter);
};
