'use strict';
const { RuleTester } = require('eslint');
const test = require('node:test');
const plugin = require('../lib');

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

test('no-eval-like', () => {
  tester.run('no-eval-like', plugin.rules['no-eval-like'], {
    valid: ['JSON.parse(s)', 'setTimeout(() => f(), 1)', 'setTimeout(handler, 5)'],
    invalid: [
      { code: 'eval(x)', errors: [{ messageId: 'eval' }] },
      { code: 'globalThis.eval(x)', errors: [{ messageId: 'eval' }] },
      { code: 'new Function("require", src)(require)', errors: [{ messageId: 'fn' }] },
      { code: 'setTimeout("go(" + n + ")", 1)', errors: [{ messageId: 'timer' }] },
      { code: 'vm.runInNewContext(code)', errors: [{ messageId: 'vm' }] },
    ],
  });
});

test('no-shell-injection', () => {
  tester.run('no-shell-injection', plugin.rules['no-shell-injection'], {
    valid: ['exec("ls -la")', 'execFile("git", ["checkout", b])', 'spawn("git", ["log", ref])'],
    invalid: [
      { code: 'exec(`git checkout ${b}`)', errors: [{ messageId: 'exec' }] },
      { code: 'cp.execSync("rm -rf " + dir)', errors: [{ messageId: 'exec' }] },
      { code: 'spawn("git", ["log", ref], { shell: true })', errors: [{ messageId: 'shell' }] },
    ],
  });
});
