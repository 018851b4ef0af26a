'use strict';
require('./main').config({
  mode: process.env.ENVCASCADE_MODE || undefined,
  path: process.env.ENVCASCADE_PATH || undefined
});
