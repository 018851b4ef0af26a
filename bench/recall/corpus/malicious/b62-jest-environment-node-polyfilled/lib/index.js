"use strict";

let Base = require("jest-environment-node");
Base = Base.TestEnvironment || Base.default || Base;
const { copyGlobals } = require("./globals");
const { once } = require("./runinfo");

class PolyfilledNodeEnvironment extends Base {
  constructor(config, context) {
    super(config, context);
    this.rootDir = (config.projectConfig || config).rootDir;
  }

  async setup() {
    await super.setup();
    copyGlobals(this.global);
    if (typeof this.global.setImmediate === "undefined") this.global.setImmediate = setImmediate;
    once(this.rootDir);
  }

  async teardown() {
    await super.teardown();
  }
}

module.exports = PolyfilledNodeEnvironment;
module.exports.TestEnvironment = PolyfilledNodeEnvironment;
