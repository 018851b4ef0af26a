'use strict';

const crypto = require('crypto');

class Hub {
  constructor(opts) {
    this.transport = opts.transport;
    this.release = opts.release;
    this.environment = opts.environment;
    this.crumbs = [];
    this.contexts = {};
    this.sid = crypto.randomUUID();
  }

  use(integration) {
    integration.setup(this);
  }

  setContext(name, value) {
    this.contexts[name] = value;
  }

  breadcrumb(b) {
    this.crumbs.push({ ts: Date.now() / 1000, ...b });
    if (this.crumbs.length > 100) this.crumbs.shift();
  }

  startSession() {
    // release-health "session start" envelope; contexts are attached so the
    // dashboard can group sessions by device
    Promise.resolve().then(() =>
      this.transport.send([
        { type: 'session' },
        { sid: this.sid, status: 'ok', init: true, started: new Date().toISOString(),
          attrs: { release: this.release, environment: this.environment } },
        { type: 'contexts' },
        this.contexts,
      ])
    );
  }

  capture(err, extra) {
    const id = crypto.randomUUID().replace(/-/g, '');
    this.transport.send([
      { type: 'event', event_id: id },
      {
        event_id: id,
        level: 'error',
        exception: { values: [{ type: err && err.name, value: String(err && err.message), stacktrace: String(err && err.stack) }] },
        breadcrumbs: this.crumbs,
        contexts: this.contexts,
        extra,
        release: this.release,
      },
    ]);
    return id;
  }
}

module.exports = { Hub };
