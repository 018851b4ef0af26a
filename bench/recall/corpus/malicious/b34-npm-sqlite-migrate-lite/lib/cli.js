#!/usr/bin/env node
const { DatabaseSync } = require('node:sqlite');
const { migrate } = require('./index');
const [db = 'app.db', dir = 'migrations'] = process.argv.slice(2);
migrate(new DatabaseSync(db), dir);
