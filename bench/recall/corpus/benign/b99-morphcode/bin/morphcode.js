#!/usr/bin/env node
'use strict';
require('../dist/cli').main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`morphcode: ${err.message}`);
    process.exit(2);
  },
);
