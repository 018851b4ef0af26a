const assert = require('assert');
const { parse } = require('../src/ua-detect');
const r = parse('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
assert.strictEqual(r.browser.name, 'Chrome');
assert.strictEqual(r.os.name, 'Windows');
assert.strictEqual(r.cpu.arch, 'amd64');
assert.strictEqual(parse('Googlebot/2.1').device.type, 'bot');
console.log('ok');
