const assert = require('assert');
const sniff = require('../src/device-sniff');

const chrome = sniff('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36');
assert.strictEqual(chrome.browser.name, 'Chrome');
assert.strictEqual(chrome.browser.major, '124');
assert.strictEqual(chrome.os.name, 'Windows');
assert.strictEqual(chrome.cpu.architecture, 'amd64');

const iphone = sniff('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1');
assert.strictEqual(iphone.browser.name, 'Safari');
assert.strictEqual(iphone.os.name, 'iOS');
assert.strictEqual(iphone.os.version, '17.4');
assert.strictEqual(iphone.device.vendor, 'Apple');

console.log('ok');
