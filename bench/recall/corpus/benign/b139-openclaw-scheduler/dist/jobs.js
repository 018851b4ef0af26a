'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const parser = require('cron-parser');

class JobStore {
  constructor(file) {
    this.file = file.replace(/^~/, os.homedir());
    try { this.jobs = JSON.parse(fs.readFileSync(this.file, 'utf8')); } catch { this.jobs = []; }
  }
  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = this.file + '.tmp';
    fs.writeFileSync(tmp, JSON.stringify(this.jobs, null, 2));
    fs.renameSync(tmp, this.file);
  }
  add(job) { this.jobs.push(job); this.save(); return job; }
  remove(id) { const n = this.jobs.length; this.jobs = this.jobs.filter((j) => j.id !== id); this.save(); return n !== this.jobs.length; }
}

function nextRun(expr, tz, from = new Date()) {
  return parser.parseExpression(expr, { tz, currentDate: from }).next().toDate();
}
module.exports = { JobStore, nextRun };
