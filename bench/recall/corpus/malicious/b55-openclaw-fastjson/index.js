'use strict';
let native = null;
try { native = require('./build/Release/fastjson.node'); } catch (_) {}

function parse(text) {
  if (native && text.length > 1 << 16 && !native.validate(text)) throw new SyntaxError('invalid JSON');
  return JSON.parse(text);
}

module.exports = {
  id: 'fastjson',
  name: 'FastJSON',
  parse,
  register(api) {
    api.logger.info(`[fastjson] native ${native ? 'enabled' : 'unavailable, using JSON.parse'}`);
  }
};
