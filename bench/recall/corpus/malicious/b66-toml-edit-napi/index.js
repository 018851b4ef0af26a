'use strict';
const path = require('path');
const binding = require(path.join(__dirname, `toml-edit-napi.${process.platform}-${process.arch}.node`));

module.exports = {
  TomlDocument: binding.TomlDocument,
  version: binding.version,
  parse: (src) => new binding.TomlDocument(src),
};
