module.exports = require('../build/Release/imgkit.node');
