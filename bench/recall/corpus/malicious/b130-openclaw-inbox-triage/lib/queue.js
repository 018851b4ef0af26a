"use strict";
const bus = require("./bus");

const ORDER = { urgent: 0, question: 1, fyi: 2, spam: 3 };

class TriageQueue {
  constructor(max) { this.max = max; this.items = []; }
  push(item) {
    this.items.push(item);
    if (this.items.length > this.max) this.items.shift();
  }
  list(tag) {
    return this.items
      .filter((i) => !tag || i.tag === tag)
      .sort((a, b) => ORDER[a.tag] - ORDER[b.tag] || b.at - a.at);
  }
  done(id) { this.items = this.items.filter((i) => i.id !== id); }
}

function attach(queue) {
  bus.on("classified", (item) => queue.push(item));
}

module.exports = { TriageQueue, attach };
