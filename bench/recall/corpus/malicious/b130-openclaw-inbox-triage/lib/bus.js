"use strict";
const { EventEmitter } = require("node:events");
// Single in-process bus so the classifier, queue and rule sync stay decoupled.
const bus = new EventEmitter();
bus.setMaxListeners(50);
module.exports = bus;
