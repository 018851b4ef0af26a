'use strict';

const UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
const pad = (n, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

class Day {
  #d;
  constructor(input) {
    this.#d = input instanceof Day ? new Date(input.valueOf()) : parse(input);
  }
  valueOf() { return this.#d.getTime(); }
  isValid() { return !Number.isNaN(this.#d.getTime()); }
  add(n, unit = 'd') {
    if (unit === 'M' || unit === 'y') {
      const d = new Date(this.#d);
      d.setMonth(d.getMonth() + (unit === 'y' ? 12 * n : n));
      return new Day(d);
    }
    return new Day(new Date(this.valueOf() + n * (UNITS[unit] ?? UNITS.d)));
  }
  subtract(n, unit) { return this.add(-n, unit); }
  diff(other, unit = 'ms') { return (this.valueOf() - new Day(other).valueOf()) / (UNITS[unit] ?? 1); }
  startOf(unit) {
    const d = new Date(this.#d);
    if (unit === 'y') d.setMonth(0, 1);
    if (unit === 'y' || unit === 'M') d.setDate(unit === 'M' ? 1 : d.getDate());
    d.setHours(0, 0, 0, 0);
    return new Day(d);
  }
  format(fmt = 'YYYY-MM-DDTHH:mm:ss') {
    const d = this.#d;
    const map = {
      YYYY: d.getFullYear(), MM: pad(d.getMonth() + 1), MMM: MONTHS[d.getMonth()], DD: pad(d.getDate()),
      HH: pad(d.getHours()), mm: pad(d.getMinutes()), ss: pad(d.getSeconds()), SSS: pad(d.getMilliseconds(), 3)
    };
    return fmt.replace(/\[([^\]]*)]|YYYY|MMM|MM|DD|HH|mm|ss|SSS/g, (m, lit) => lit ?? String(map[m]));
  }
  toISOString() { return this.#d.toISOString(); }
  toDate() { return new Date(this.#d); }
}

function parse(input) {
  if (input == null) return new Date();
  if (input instanceof Date) return new Date(input);
  if (typeof input === 'number') return new Date(input);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(String(input));
  if (m) {
    const [, y, mo, d, h = 0, mi = 0, s = 0, ms = 0] = m;
    return new Date(+y, +mo - 1, +d, +h, +mi, +s, +String(ms).padEnd(3, '0'));
  }
  return new Date(input);
}

const dayparse = (input) => new Day(input);
dayparse.Day = Day;
dayparse.isDay = (x) => x instanceof Day;
module.exports = dayparse;
