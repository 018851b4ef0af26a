'use strict';

const { startPostgres } = require('./index');

let instance;

module.exports = async function setup() {
  instance = await startPostgres();
  process.env.DATABASE_URL = instance.url;
  return async function teardown() {
    await instance.stop();
  };
};
