'use strict';

const semver = require('semver');

function pin(range) {
  const min = semver.minVersion(range);
  return min ? min.version : null;
}

function widen(range) {
  const min = semver.minVersion(range);
  if (!min) return range;
  return min.major === 0 ? `^0.${min.minor}.0` : `^${min.major}.0.0`;
}

function intersects(a, b) {
  return semver.intersects(a, b, { includePrerelease: false });
}

function describe(range) {
  const r = new semver.Range(range);
  return r.set
    .map((comparators) =>
      comparators
        .map((c) => (c.operator ? `${{ '>=': 'at least', '>': 'above', '<': 'below', '<=': 'at most', '=': 'exactly' }[c.operator]} ${c.semver.version}` : 'any version'))
        .join(' and ')
    )
    .join(', or ');
}

function maxSatisfying(versions, range) {
  return semver.maxSatisfying(versions, range);
}

module.exports = { pin, widen, intersects, describe, maxSatisfying };
