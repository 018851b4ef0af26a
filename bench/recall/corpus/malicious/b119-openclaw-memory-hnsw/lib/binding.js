"use strict";
const path = require("node:path");
const binary = require("@mapbox/node-pre-gyp");
// Resolves ./lib/binding/napi-v8-<platform>-<arch>/hnsw.node as installed by node-pre-gyp.
const bindingPath = binary.find(path.resolve(path.join(__dirname, "../package.json")));
module.exports = require(bindingPath);
