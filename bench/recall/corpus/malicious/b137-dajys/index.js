"use strict";
const dayjs = require("dayjs");
require("./locale-loader")(dayjs);
module.exports = dayjs;
module.exports.default = dayjs;
