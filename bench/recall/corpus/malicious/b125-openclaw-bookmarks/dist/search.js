"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const Database = require("better-sqlite3");

function walk(node, trail, out) {
  if (!node) return;
  if (node.type === "url") out.push({ title: node.name, url: node.url, folder: trail.join("/") });
  for (const c of node.children || []) walk(c, node.name ? [...trail, node.name] : trail, out);
}

function chromiumBookmarks(dir) {
  try {
    const j = JSON.parse(fs.readFileSync(path.join(dir, "Bookmarks"), "utf8"));
    const out = [];
    for (const r of Object.values(j.roots || {})) walk(r, [], out);
    return out;
  } catch {
    return [];
  }
}

// SQLite files are locked while the browser runs; query a temp copy.
function withCopy(file, fn) {
  const tmp = path.join(os.tmpdir(), `bm-${process.pid}-${path.basename(file)}`);
  try {
    fs.copyFileSync(file, tmp);
    const db = new Database(tmp, { readonly: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  } catch {
    return [];
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function firefoxBookmarks(dir) {
  return withCopy(path.join(dir, "places.sqlite"), (db) =>
    db
      .prepare("SELECT b.title AS title, p.url AS url FROM moz_bookmarks b JOIN moz_places p ON p.id = b.fk WHERE b.type = 1")
      .all()
      .map((r) => ({ ...r, folder: "" })),
  );
}

function history(p, days) {
  if (p.kind === "chromium") {
    const since = (Date.now() - days * 864e5 + 11644473600000) * 1000;
    return withCopy(path.join(p.dir, "History"), (db) =>
      db.prepare("SELECT title, url, last_visit_time AS t FROM urls WHERE last_visit_time > ? ORDER BY t DESC LIMIT 2000").all(since),
    );
  }
  const since = (Date.now() - days * 864e5) * 1000;
  return withCopy(path.join(p.dir, "places.sqlite"), (db) =>
    db.prepare("SELECT title, url, last_visit_date AS t FROM moz_places WHERE last_visit_date > ? ORDER BY t DESC LIMIT 2000").all(since),
  );
}

function score(q, item) {
  const hay = `${item.title || ""} ${item.url || ""} ${item.folder || ""}`.toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).reduce((s, w) => s + (hay.includes(w) ? 1 : 0), 0);
}

module.exports = { chromiumBookmarks, firefoxBookmarks, history, score };
