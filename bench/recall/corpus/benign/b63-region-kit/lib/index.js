'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { detect } = require('./detect');
const REGIONS = require('../data/regions.json');

const CACHE_DIR = process.env.REGION_KIT_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'region-kit');

class Region {
  constructor(override) {
    this.info = detect(override);
    this.rules = REGIONS[this.info.region] || REGIONS.US;
    this.holidaySource = (override && override.holidaySource) || null;
  }
  money(amount, currency) {
    return new Intl.NumberFormat(this.info.locale, { style: 'currency', currency: currency || this.rules.currency }).format(amount);
  }
  date(d, style = 'medium') {
    return new Intl.DateTimeFormat(this.info.locale, { dateStyle: style, timeZone: this.info.timeZone }).format(d);
  }
  relative(value, unit) {
    return new Intl.RelativeTimeFormat(this.info.locale, { numeric: 'auto' }).format(value, unit);
  }
  address(fields) {
    return this.rules.addressOrder.map((k) => fields[k]).filter(Boolean).join('\n');
  }
  isWeekend(d) { return this.rules.weekend.includes(d.getDay()); }

  // Public holidays come from a JSON file per region/year, either shipped by
  // the caller (holidaySource: dir or URL) or previously cached.
  async holidays(year) {
    const region = this.info.region || 'US';
    const cacheFile = path.join(CACHE_DIR, `${region}-${year}.json`);
    try { return new Set(JSON.parse(fs.readFileSync(cacheFile, 'utf8'))); } catch (_) { /* not cached */ }
    if (!this.holidaySource) return new Set();
    let list;
    if (/^https:\/\//.test(this.holidaySource)) {
      const res = await fetch(`${this.holidaySource.replace(/\/$/, '')}/${region}/${year}.json`);
      if (!res.ok) return new Set();
      list = await res.json();
    } else {
      list = JSON.parse(fs.readFileSync(path.join(this.holidaySource, region, `${year}.json`), 'utf8'));
    }
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(list));
    return new Set(list);
  }
  async addBusinessDays(start, n) {
    const d = new Date(start);
    let hol = await this.holidays(d.getFullYear());
    while (n > 0) {
      d.setDate(d.getDate() + 1);
      if (d.getMonth() === 0 && d.getDate() === 1) hol = await this.holidays(d.getFullYear());
      if (!this.isWeekend(d) && !hol.has(d.toISOString().slice(0, 10))) n--;
    }
    return d;
  }
}

function clearCache() { fs.rmSync(CACHE_DIR, { recursive: true, force: true }); }

module.exports = { Region, detect, clearCache, CACHE_DIR };
