'use strict';
const system = require('./probes/system');
const binaries = require('./probes/binaries');
const browsers = require('./probes/browsers');
const { toMarkdown, toText } = require('./util/fmt');

const SECTIONS = { System: system, Binaries: binaries, Browsers: browsers };

async function run(opts = {}) {
  const report = {};
  for (const [name, probe] of Object.entries(SECTIONS)) {
    if (opts.only && opts.only.toLowerCase() !== name.toLowerCase()) continue;
    try { report[name] = await probe.collect(); } catch (e) { report[name] = { error: e.message }; }
  }
  if (opts.json) return JSON.stringify(report, null, 2);
  return opts.markdown ? toMarkdown(report) : toText(report);
}
module.exports = { run };
