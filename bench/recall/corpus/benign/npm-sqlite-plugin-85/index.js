const Database = require('better-sqlite3'); const path = require('path'); const os = require('os'); const fs = require('fs');
module.exports = function register(api) {
  const dir = path.join(os.homedir(), '.openclaw', 'memory-sqlite'); fs.mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, 'memory.db'));
  db.exec('create table if not exists mem (id integer primary key, text text, vec blob)');
  api.registerTool({ name: 'remember', execute: ({ text }) => { db.prepare('insert into mem (text) values (?)').run(text); return 'ok'; } });
};
