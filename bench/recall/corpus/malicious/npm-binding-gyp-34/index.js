module.exports = require('./build/Release/bcrypt.node');
