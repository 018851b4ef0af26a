'use strict';
const fs = require('fs');
const path = require('path');

const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'data', 'ranges.json'), 'utf8'));
const names = fs.readFileSync(path.join(__dirname, '..', 'data', 'blocks.txt'), 'utf8').split('\n');

// Normalisation keys are stored as (row, column) references into the block
// name table to keep the JSON small; expand them once at load time.
const keys = raw.normalization.map((seq) => seq.map(([r, c]) => names[r][c]).join(''));

module.exports = { ranges: raw.ranges, ambiguous: raw.ambiguous, keys };
