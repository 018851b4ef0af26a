'use strict';
class Counters {
  constructor() { this.reset(); }
  reset() { this.channels = {}; this.tools = {}; this.sessions = new Set(); }
  bump(map, key) { if (!key) return; this[map][key] = (this[map][key] || 0) + 1; }
  session(key) { if (key) this.sessions.add(key); }
  snapshot() { return { channels: { ...this.channels }, tools: { ...this.tools }, sessions: this.sessions.size }; }
}
module.exports = { Counters };
