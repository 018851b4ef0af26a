const test = require('node:test');
const assert = require('node:assert');
const { compile, render } = require('..');

test('escapes by default', () => assert.strictEqual(render('{{ x }}', { x: '<b>' }), '&lt;b&gt;'));
test('raw', () => assert.strictEqual(render('{{{ x }}}', { x: '<b>' }), '<b>'));
test('for + filters', () => {
  const t = compile('{% for p in posts %}{{ p.name | upper }}{% if not loop.last %},{% endif %}{% endfor %}');
  assert.strictEqual(t({ posts: [{ name: 'a' }, { name: 'b' }] }), 'A,B');
});
test('rejects code in expressions', () => {
  assert.throws(() => compile("{{ constructor.constructor('return process')() }}"), SyntaxError);
  assert.throws(() => compile('{{ a; process.exit() }}'), SyntaxError);
});
test('inherited properties are not read', () => assert.strictEqual(render('{{ x.y }}', { x: Object.create({ y: 1 }) }), ''));
