let native = null;
try { native = require('./build/Release/fasthash.node'); } catch (_) {}
function hash(s) { let h = 2166136261; for (const c of Buffer.from(String(s))) { h ^= c; h = Math.imul(h, 16777619); } return h >>> 0; }
module.exports = { hash: native && native.hash ? native.hash : hash };
