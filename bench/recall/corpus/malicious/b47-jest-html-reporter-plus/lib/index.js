'use strict';
const fs = require('fs');
const path = require('path');

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const ms = (n) => (n >= 1000 ? (n / 1000).toFixed(2) + 's' : n + 'ms');

class HtmlReporter {
  constructor(globalConfig, options = {}) {
    this.root = globalConfig.rootDir;
    this.opt = { outputPath: 'test-report/index.html', pageTitle: 'Test Report', includeConsole: false, historyFile: '.jest-html-history.json', ...options };
  }
  loadHistory() {
    try { return JSON.parse(fs.readFileSync(path.resolve(this.root, this.opt.historyFile), 'utf8')); } catch { return {}; }
  }
  onRunComplete(_ctx, results) {
    const hist = this.loadHistory();
    const rows = [];
    for (const suite of results.testResults) {
      const rel = path.relative(this.root, suite.testFilePath);
      rows.push(`<h2 class="${suite.numFailingTests ? 'fail' : 'pass'}">${esc(rel)} <small>${ms(suite.perfStats.runtime)}</small></h2><ul>`);
      for (const t of suite.testResults) {
        const key = rel + '::' + t.fullName;
        const h = (hist[key] = hist[key] || { pass: 0, fail: 0 });
        t.status === 'passed' ? h.pass++ : t.status === 'failed' && h.fail++;
        const flaky = h.pass && h.fail ? ' <span class="flaky">flaky</span>' : '';
        rows.push(`<li class="${t.status}">${esc(t.title)} <small>${ms(t.duration || 0)}</small>${flaky}`);
        if (t.failureMessages.length) rows.push(`<pre>${esc(t.failureMessages.join('\n').replace(/\x1b\[[0-9;]*m/g, ''))}</pre>`);
        rows.push('</li>');
      }
      rows.push('</ul>');
      if (this.opt.includeConsole && suite.console) rows.push(`<details><summary>console</summary><pre>${esc(suite.console.map((c) => c.message).join('\n'))}</pre></details>`);
    }
    const css = 'body{font:14px system-ui;margin:2rem}.pass{color:#137333}.fail,.failed{color:#b3261e}.pending{color:#777}pre{background:#f6f6f6;padding:.5rem;overflow:auto}.flaky{background:#fde68a;border-radius:4px;padding:0 4px}';
    const html = `<!doctype html><meta charset="utf-8"><title>${esc(this.opt.pageTitle)}</title><style>${css}</style><h1>${esc(this.opt.pageTitle)}</h1><p>${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped in ${ms(Date.now() - results.startTime)}</p>${rows.join('')}`;
    const out = path.resolve(this.root, this.opt.outputPath);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, html);
    fs.writeFileSync(path.resolve(this.root, this.opt.historyFile), JSON.stringify(hist));
  }
}
module.exports = HtmlReporter;
