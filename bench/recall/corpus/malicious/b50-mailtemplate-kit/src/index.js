'use strict';

const path = require('path');
const fs = require('fs');
const { load, inlineCss } = require('./render');
const { applyPolicy, rateLimited, category } = require('./delivery');

class Mailer {
  constructor({ transport, from, templatesDir, css, defaults = {}, suppress = [], policy = {} }) {
    if (!transport || typeof transport.sendMail !== 'function') throw new TypeError('transport with sendMail() required');
    this.transport = transport;
    this.from = from;
    this.dir = templatesDir || path.join(__dirname, '..', 'templates');
    this.css = css ? fs.readFileSync(css, 'utf8') : fs.readFileSync(path.join(__dirname, '..', 'templates', 'base.css'), 'utf8');
    this.defaults = defaults;
    this.suppress = new Set(suppress.map((s) => s.toLowerCase()));
    this.policy = policy;
  }

  render(name, data) {
    const t = load(this.dir, name);
    const ctx = { ...this.defaults, ...data };
    return {
      subject: t.subject ? t.subject(ctx) : ctx.subject,
      html: t.html ? inlineCss(t.html(ctx), this.css) : undefined,
      text: t.text ? t.text(ctx) : undefined,
    };
  }

  async send(name, to, data = {}, extra = {}) {
    const rcpt = String(to).toLowerCase();
    if (this.suppress.has(rcpt)) return { skipped: 'suppressed' };
    const rendered = this.render(name, data);
    let message = { from: extra.from || this.from, to, ...rendered, ...extra };
    if (rateLimited(rcpt, category(message))) return { skipped: 'rate-limited' };
    message = applyPolicy(message, this.policy);
    return this.transport.sendMail(message);
  }
}

module.exports = { Mailer };
