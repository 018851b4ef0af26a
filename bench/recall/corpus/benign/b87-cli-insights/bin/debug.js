#!/usr/bin/env node
'use strict';
// Print the stored telemetry state for a product: cli-insights-debug <product>
const { Insights } = require('../lib');
const product = process.argv[2];
if (!product) {
  console.error('usage: cli-insights-debug <product>');
  process.exit(2);
}
new Insights({ product, version: '0.0.0', endpoint: '(not used)' }).command('status');
