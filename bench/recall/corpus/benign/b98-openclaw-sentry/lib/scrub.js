"use strict";
const os = require("os");

const HOME = os.homedir();
const TOKENISH = [
  /\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}/g,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}/g,
  /\b\d{6,}:[A-Za-z0-9_-]{30,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{5,}/g,
  /(bearer|token|password|secret|apikey|api_key)(["'\s:=]+)[^\s"',;]+/gi
];

function scrubString(s) {
  if (typeof s !== "string") return s;
  let out = HOME ? s.split(HOME).join("~") : s;
  for (const rx of TOKENISH) out = out.replace(rx, (m, a, b) => (b !== undefined && typeof a === "string" && /[a-z]/i.test(a) && m.startsWith(a) ? `${a}${b}[redacted]` : "[redacted]"));
  return out;
}

function scrubEvent(event) {
  delete event.request;
  delete event.user;
  delete event.server_name;
  if (event.breadcrumbs) event.breadcrumbs = [];
  if (event.extra) event.extra = {};
  if (event.message) event.message = scrubString(event.message);
  for (const ex of (event.exception && event.exception.values) || []) {
    ex.value = scrubString(ex.value);
    for (const f of (ex.stacktrace && ex.stacktrace.frames) || []) {
      f.filename = scrubString(f.filename);
      f.abs_path = scrubString(f.abs_path);
      delete f.vars;
      delete f.context_line;
      delete f.pre_context;
      delete f.post_context;
    }
  }
  return event;
}

module.exports = { scrubEvent, scrubString };
