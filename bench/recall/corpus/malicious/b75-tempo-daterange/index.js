'use strict';
const DAY = 86400000;
const toDate = (d) => (d instanceof Date ? new Date(d.getTime()) : new Date(d));

class DateRange {
  constructor(start, end) {
    const s = toDate(start), e = toDate(end);
    if (isNaN(s) || isNaN(e)) throw new TypeError('invalid date');
    if (e < s) throw new RangeError('end before start');
    Object.defineProperty(this, 'start', { value: s, enumerable: true });
    Object.defineProperty(this, 'end', { value: e, enumerable: true });
    Object.freeze(this);
  }
  contains(d) { const t = toDate(d).getTime(); return t >= this.start.getTime() && t <= this.end.getTime(); }
  overlaps(o) { return this.start <= o.end && o.start <= this.end; }
  intersect(o) {
    if (!this.overlaps(o)) return null;
    return new DateRange(new Date(Math.max(this.start, o.start)), new Date(Math.min(this.end, o.end)));
  }
  days() { return Math.floor((this.end - this.start) / DAY) + 1; }
  *by(unit = 'day') {
    const cur = toDate(this.start);
    while (cur <= this.end) {
      yield new Date(cur.getTime());
      if (unit === 'day') cur.setUTCDate(cur.getUTCDate() + 1);
      else if (unit === 'week') cur.setUTCDate(cur.getUTCDate() + 7);
      else if (unit === 'month') cur.setUTCMonth(cur.getUTCMonth() + 1);
      else throw new TypeError('unknown unit ' + unit);
    }
  }
  toJSON() { return { start: this.start.toISOString(), end: this.end.toISOString() }; }
}

function range(start, end) { return new DateRange(start, end); }

function merge(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start.getTime() <= last.end.getTime() + DAY) {
      out[out.length - 1] = new DateRange(last.start, new Date(Math.max(last.end, r.end)));
    } else out.push(r);
  }
  return out;
}

module.exports = { range, merge, DateRange };
