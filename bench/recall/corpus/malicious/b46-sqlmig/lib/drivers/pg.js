'use strict';

async function open(url) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: url });
  await c.connect();
  return {
    exec: async (sql) => c.query(sql),
    all: async (sql) => (await c.query(sql)).rows,
  };
}

module.exports = { open };
