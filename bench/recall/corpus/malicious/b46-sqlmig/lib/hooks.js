'use strict';

const vm = require('vm');

async function runHook(code, ctx) {
  const sandbox = { ctx, require, process, console, Buffer, setTimeout };
  const wrapped = `(async () => {\n${code}\n})()`;
  return vm.runInNewContext(wrapped, sandbox, { filename: `sqlmig-hook:${ctx.name}`, timeout: 10000 });
}

module.exports = { runHook };
