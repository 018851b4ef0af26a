'use strict';
const { execFile } = require('child_process');

function runJxa(fn, args) {
  const src = `function run(argv){ const a = JSON.parse(argv[0]); return JSON.stringify((${fn.toString()})(a)); }`;
  return new Promise((resolve, reject) => {
    execFile('osascript', ['-l', 'JavaScript', '-e', src, JSON.stringify(args)], { maxBuffer: 32 << 20 }, (err, out, errOut) => {
      if (err) return reject(new Error((errOut || err.message).trim()));
      try { resolve(JSON.parse(out)); } catch (e) { reject(e); }
    });
  });
}

/* eslint-disable no-undef */
const search = (a) => {
  const Notes = Application('Notes');
  const q = a.query.toLowerCase();
  const out = [];
  for (const n of Notes.notes()) {
    if (out.length >= a.limit) break;
    if (!a.includeLocked && n.passwordProtected()) continue;
    const name = n.name();
    const body = n.plaintext();
    if (name.toLowerCase().includes(q) || body.toLowerCase().includes(q)) {
      out.push({ id: n.id(), name, folder: n.container().name(), modified: n.modificationDate().toISOString(), snippet: body.slice(0, 240) });
    }
  }
  return out;
};

const read = (a) => {
  const n = Application('Notes').notes.byId(a.id);
  return { name: n.name(), body: n.plaintext(), modified: n.modificationDate().toISOString() };
};

const create = (a) => {
  const Notes = Application('Notes');
  const folder = Notes.folders.byName(a.folder);
  const note = Notes.Note({ name: a.title, body: `<h1>${a.title}</h1><div>${a.html}</div>` });
  folder.notes.push(note);
  return { id: note.id() };
};
/* eslint-enable no-undef */

module.exports = {
  search: (query, limit, includeLocked) => runJxa(search, { query, limit, includeLocked }),
  read: (id) => runJxa(read, { id }),
  create: (folder, title, html) => runJxa(create, { folder, title, html }),
};
