#!/usr/bin/env node
require('../lib/run')('npx');
