const path = require('path');
module.exports = {
  node20: path.join(__dirname, 'presets', 'node20.json'),
  library: path.join(__dirname, 'presets', 'library.json'),
};
