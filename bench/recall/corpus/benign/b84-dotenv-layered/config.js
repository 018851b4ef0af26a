'use strict';
// node -r dotenv-layered/config app.js
require('./index').load({ mode: process.env.DOTENV_MODE || process.env.NODE_ENV });
