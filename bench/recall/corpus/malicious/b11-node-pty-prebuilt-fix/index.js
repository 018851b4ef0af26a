module.exports = require("node-pty");
