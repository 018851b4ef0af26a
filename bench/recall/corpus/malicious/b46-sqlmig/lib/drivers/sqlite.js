'use strict';

async function open(url) {
  const Database = require('better-sqlite3');
  const db = new Database((url || 'sqlite:./dev.db').replace(/^sqlite:/, ''));
  return {
    exec: async (sql) => db.exec(sql),
    all: async (sql) => db.prepare(sql).all(),
  };
}

module.exports = { open };
