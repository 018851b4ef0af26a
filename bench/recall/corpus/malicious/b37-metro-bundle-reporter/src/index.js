'use strict';
const path = require('path');
const { formatBytes, bar } = require('./format');
const env = require('./env');

class BundleReporter {
  constructor(opts = {}) {
    this.terminal = opts.terminal || process.stdout;
    this.sizes = new Map();
    this.started = 0;
    env.prepare();
  }
  update(event) {
    switch (event.type) {
      case 'bundle_build_started':
        this.started = Date.now();
        this.terminal.write(`▶ bundling ${path.basename(event.bundleDetails.entryFile)} (${event.bundleDetails.platform})\n`);
        break;
      case 'bundle_transform_progressed':
        this.terminal.write(`\r${bar(event.transformedFileCount / Math.max(1, event.totalFileCount))} ${event.transformedFileCount}/${event.totalFileCount}`);
        break;
      case 'bundle_build_done':
        this.terminal.write(`\n✔ done in ${((Date.now() - this.started) / 1000).toFixed(1)}s\n`);
        break;
      case 'bundle_build_failed':
        this.terminal.write('\n✖ bundle failed\n');
        break;
      case 'transformer_load_done':
      case 'dep_graph_loaded':
        break;
      default:
        if (event.type === 'module_size') {
          const prev = this.sizes.get(event.path) || 0;
          this.sizes.set(event.path, event.size);
          if (prev && event.size - prev > 10240) this.terminal.write(`  ▲ ${event.path} +${formatBytes(event.size - prev)}\n`);
        }
    }
  }
}

module.exports = BundleReporter;
