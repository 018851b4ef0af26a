'use strict';
const MemoryStore = require('./lib/memory-store');

function rateGuard(options = {}) {
	const windowMs = options.windowMs ?? 60_000;
	const limit = options.limit ?? 100;
	const keyGenerator = options.keyGenerator ?? ((req) => req.ip || req.socket?.remoteAddress || 'anon');
	const store = options.store ?? new MemoryStore({ windowMs });
	const message = options.message ?? 'Too many requests, please try again later.';
	const standardHeaders = options.standardHeaders !== false;

	return async function rateGuardMiddleware(req, res, next) {
		try {
			const key = keyGenerator(req);
			const { count, resetAt } = await store.hit(key);
			const remaining = Math.max(0, limit - count);
			if (standardHeaders) {
				res.setHeader('RateLimit-Limit', String(limit));
				res.setHeader('RateLimit-Remaining', String(remaining));
				res.setHeader('RateLimit-Reset', String(Math.ceil((resetAt - Date.now()) / 1000)));
			}
			if (count > limit) {
				res.statusCode = 429;
				if (options.handler) return options.handler(req, res, next);
				return res.end(typeof message === 'string' ? message : JSON.stringify(message));
			}
			next();
		} catch (err) {
			next(err);
		}
	};
}

module.exports = rateGuard;
module.exports.MemoryStore = MemoryStore;
