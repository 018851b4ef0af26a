/*! GridForge Pro v4.2.0 | (c) 2019-2025 GridForge Software Ltd. | Commercial license */
'use strict';
const verifyLicense = require('./license.min.js');

const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const csvCell = (s) => { s = String(s == null ? '' : s); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };

class Grid {
  constructor(opts = {}) {
    this.columns = (opts.columns || []).map((c) => Object.assign({ header: c.field, type: 'string' }, c));
    this.rows = [];
    this.view = [];
    this.filters = new Map();
    this.sort = null;
    this.group = null;
    this.license = verifyLicense(opts.licenseKey, opts.host);
    if (!this.license.ok && opts.licenseKey) console.warn(`[gridforge] license not valid (${this.license.reason}); running in evaluation mode`);
  }

  setRows(rows) { this.rows = rows.slice(); return this.refresh(); }

  sortBy(field, dir = 'asc') { this.sort = { field, dir }; return this.refresh(); }

  filter(field, test) {
    if (test == null) this.filters.delete(field);
    else this.filters.set(field, typeof test === 'function' ? test : test instanceof RegExp ? (v) => test.test(String(v)) : (v) => v === test);
    return this.refresh();
  }

  groupBy(field) { this.group = field; return this.refresh(); }

  refresh() {
    let v = this.rows.filter((r) => [...this.filters].every(([f, t]) => t(r[f], r)));
    if (this.sort) {
      const { field, dir } = this.sort;
      const col = this.columns.find((c) => c.field === field) || { type: 'string' };
      const cmp = col.type === 'number' ? (a, b) => (a ?? -Infinity) - (b ?? -Infinity) : col.type === 'date' ? (a, b) => new Date(a) - new Date(b) : (a, b) => String(a ?? '').localeCompare(String(b ?? ''));
      v.sort((a, b) => (dir === 'desc' ? -1 : 1) * cmp(a[field], b[field]));
    }
    this.view = v;
    return this;
  }

  groups() {
    if (!this.group) return [{ key: null, rows: this.view }];
    const m = new Map();
    for (const r of this.view) { const k = r[this.group]; if (!m.has(k)) m.set(k, []); m.get(k).push(r); }
    return [...m].map(([key, rows]) => ({ key, rows }));
  }

  toHTML() {
    const head = '<tr>' + this.columns.map((c) => `<th>${esc(c.header)}</th>`).join('') + '</tr>';
    let body = '';
    for (const g of this.groups()) {
      if (g.key !== null) body += `<tr class="gf-group"><td colspan="${this.columns.length}">${esc(g.key)} (${g.rows.length})</td></tr>`;
      body += g.rows.map((r) => '<tr>' + this.columns.map((c) => `<td>${esc(c.format ? c.format(r[c.field], r) : r[c.field])}</td>`).join('') + '</tr>').join('');
    }
    const mark = this.license.ok ? '' : `<tr class="gf-watermark"><td colspan="${this.columns.length}">GridForge Pro – Unlicensed copy</td></tr>`;
    return `<table class="gridforge"><thead>${head}</thead><tbody>${body}${mark}</tbody></table>`;
  }

  toCSV() {
    const lines = [this.columns.map((c) => csvCell(c.header)).join(',')];
    for (const r of this.view) lines.push(this.columns.map((c) => csvCell(r[c.field])).join(','));
    return lines.join('\n');
  }
}

module.exports = { Grid, verifyLicense };
