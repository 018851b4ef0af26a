'use strict';
// Preload entry: node -r envcascade/config app.js
// Options via env: ENVCASCADE_MODE, ENVCASCADE_OVERRIDE=1, ENVCASCADE_CWD
require('./index').load({
  mode: process.env.ENVCASCADE_MODE,
  override: process.env.ENVCASCADE_OVERRIDE === '1',
  cwd: process.env.ENVCASCADE_CWD,
});
