"use strict";
module.exports = require("ts-node-dev");
