'use strict';

const parser = require('@babel/parser');
const traverse = require('@babel/traverse').default;
const generate = require('@babel/generator').default;
const stringArray = require('./passes/string-array');
const constants = require('./passes/constants');
const { collect } = require('./sinks');

function deobfuscate(code, { maxRounds = 5 } = {}) {
  const report = [];
  let ast = parser.parse(code, { sourceType: 'unambiguous', errorRecovery: true, plugins: ['jsx', 'typescript'] });
  for (let round = 0; round < maxRounds; round++) {
    const a = stringArray.run(ast, traverse, report);
    const b = constants.run(ast, traverse, report);
    report.push({ round, stringArray: a, constants: b });
    if (!a && !b) break;
  }
  const out = generate(ast, { comments: true, retainLines: false, jsescOption: { minimal: true } }).code;
  const reparsed = parser.parse(out, { sourceType: 'unambiguous', errorRecovery: true, plugins: ['jsx', 'typescript'] });
  return { code: out, report, sinks: collect(reparsed, traverse, out) };
}

module.exports = { deobfuscate };
