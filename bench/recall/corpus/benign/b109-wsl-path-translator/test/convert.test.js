'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { toWsl, toWindows } = require('../lib');

test('drive paths', () => {
  assert.strictEqual(toWsl('C:\\Users\\me\\AppData\\Roaming', { root: '/mnt/' }), '/mnt/c/Users/me/AppData/Roaming');
  assert.strictEqual(toWindows('/mnt/d/src/app', { root: '/mnt/' }), 'D:\\src\\app');
});
test('custom automount root', () => {
  assert.strictEqual(toWsl('E:\\', { root: '/' }), '/e/');
});
test('wsl UNC', () => {
  assert.strictEqual(toWsl('\\\\wsl$\\Ubuntu\\home\\me'), '/home/me');
  assert.strictEqual(toWindows('/home/me', { distro: 'Debian' }), '\\\\wsl.localhost\\Debian\\home\\me');
});
