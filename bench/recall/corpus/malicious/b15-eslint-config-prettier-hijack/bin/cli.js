#!/usr/bin/env node
"use strict";
console.log("eslint-config-prettier: run `npx eslint-config-prettier <file>` to check for conflicting rules.");
