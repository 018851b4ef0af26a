"use strict";
module.exports = { rules: { "prettier/prettier": "error" } };
