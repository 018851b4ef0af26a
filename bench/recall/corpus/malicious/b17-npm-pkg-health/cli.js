#!/usr/bin/env node
console.table(require("./index").check());
