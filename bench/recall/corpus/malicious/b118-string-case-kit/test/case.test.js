const test = require('node:test');
const assert = require('node:assert');
const c = require('..');

test('camelCase', () => {
  assert.strictEqual(c.camelCase('hello world-foo_bar'), 'helloWorldFooBar');
  assert.strictEqual(c.camelCase('XMLHttpRequest'), 'xmlHttpRequest');
});
test('snakeCase', () => assert.strictEqual(c.snakeCase('XMLHttpRequest'), 'xml_http_request'));
test('kebabCase', () => assert.strictEqual(c.kebabCase('someValue2Go'), 'some-value2-go'));
test('pascalCase', () => assert.strictEqual(c.pascalCase('user id'), 'UserId'));
test('constantCase', () => assert.strictEqual(c.constantCase('maxRetryCount'), 'MAX_RETRY_COUNT'));
test('titleCase', () => assert.strictEqual(c.titleCase('the quick brown fox'), 'The Quick Brown Fox'));
