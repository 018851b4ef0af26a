'use strict';
const path = require('path');
exports.protocPath = process.env.PROTOC_BINARY || path.join(__dirname, '..', 'vendor', 'bin', process.platform === 'win32' ? 'protoc.exe' : 'protoc');
exports.includePath = path.join(__dirname, '..', 'vendor', 'include');
