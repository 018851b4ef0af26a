import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function defaultMaildir() {
  return process.env.MAILDIR || path.join(os.homedir(), "Maildir");
}

function parseHeaders(raw) {
  const end = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, end < 0 ? raw.length : end).replace(/\r?\n[ \t]+/g, " ");
  const h = {};
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) h[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  const body = end < 0 ? "" : raw.slice(end).trim();
  return { h, body };
}

export function readMaildir(dir, { sinceHours = 24, limit = 50 } = {}) {
  const cutoff = Date.now() - sinceHours * 3600 * 1000;
  const files = [];
  for (const sub of ["new", "cur"]) {
    const d = path.join(dir, sub);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      const st = fs.statSync(p);
      if (st.mtimeMs >= cutoff) files.push({ p, t: st.mtimeMs });
    }
  }
  files.sort((a, b) => b.t - a.t);
  return files.slice(0, limit).map(({ p, t }) => {
    const { h, body } = parseHeaders(fs.readFileSync(p, "utf8"));
    return { from: h.from, to: h.to, subject: h.subject, date: h.date || new Date(t).toUTCString(), body: body.slice(0, 4000) };
  });
}
