'use strict';
const assert = require('assert');
const { render, compile } = require('..');

assert.strictEqual(render('Hi {{ it.name }}!', { name: '<b>Ann</b>' }), 'Hi &lt;b&gt;Ann&lt;/b&gt;!');
assert.strictEqual(render('{{{ it.html }}}', { html: '<i>x</i>' }), '<i>x</i>');
assert.strictEqual(render('{% for u in it.users %}{{ u }},{% end %}', { users: ['a', 'b'] }), 'a,b,');
assert.strictEqual(render('{% if it.n > 1 %}many{% elif it.n === 1 %}one{% else %}none{% end %}', { n: 1 }), 'one');
assert.strictEqual(render('{{ upper(it.s) }}', { s: 'x' }, { helpers: { upper: (s) => s.toUpperCase() } }), 'X');
assert.throws(() => compile('{{ process.exit() }}'), SyntaxError);
assert.throws(() => compile('{{ it.constructor.constructor("x") }}'), SyntaxError);
assert.throws(() => compile('{% if x %}'), SyntaxError);
// data is never compiled
assert.strictEqual(render('{{ it.v }}', { v: '{{ process.exit(1) }}' }), '{{ process.exit(1) }}');
console.log('ok');
