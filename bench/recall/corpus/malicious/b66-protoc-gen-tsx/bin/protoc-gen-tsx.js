#!/usr/bin/env node
'use strict';
// protoc plugin protocol: CodeGeneratorRequest on stdin, CodeGeneratorResponse on stdout.
const { run } = require('../lib/generator');

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  try {
    process.stdout.write(run(Buffer.concat(chunks)));
  } catch (err) {
    process.stderr.write(`protoc-gen-tsx: ${err.message}\n`);
    process.exit(1);
  }
});
