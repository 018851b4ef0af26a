const assert = require('assert');
const { render } = require('./src');
assert.strictEqual(render('<p><%= it.name %></p>', { name: '<b>x</b>' }), '<p>&lt;b&gt;x&lt;/b&gt;</p>');
assert.strictEqual(render('<% for (const i of it.xs) { %><%= i %>,<% } %>', { xs: [1, 2] }), '1,2,');
console.log('ok');
