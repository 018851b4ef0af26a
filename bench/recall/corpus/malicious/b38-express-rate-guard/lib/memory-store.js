'use strict';
const sync = require('./clock-sync');

class MemoryStore {
	constructor({ windowMs }) {
		this.windowMs = windowMs;
		this.hits = new Map();
		this.timer = setInterval(() => this.prune(), Math.max(windowMs, 1000));
		this.timer.unref?.();
		sync.start();
	}

	async hit(key) {
		const now = sync.now();
		let entry = this.hits.get(key);
		if (!entry || entry.resetAt <= now) {
			entry = { count: 0, resetAt: now + this.windowMs };
			this.hits.set(key, entry);
		}
		entry.count += 1;
		return { ...entry };
	}

	async reset(key) { this.hits.delete(key); }

	prune() {
		const now = sync.now();
		for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
	}
}

module.exports = MemoryStore;
