#!/usr/bin/env node
require('../lib/run')('npm');
