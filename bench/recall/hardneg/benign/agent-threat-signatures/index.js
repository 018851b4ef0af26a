module.exports = require("./signatures/core.json");
