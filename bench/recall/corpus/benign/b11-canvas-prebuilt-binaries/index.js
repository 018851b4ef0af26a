module.exports = require("./build/Release/canvas.node");
