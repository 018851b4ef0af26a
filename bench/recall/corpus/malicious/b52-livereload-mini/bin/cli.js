#!/usr/bin/env node
'use strict';
const path = require('path');
const { serve } = require('../lib/server');
const { share } = require('../lib/share');

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('--')) || '.');
const port = Number((args.find((a) => a.startsWith('--port=')) || '--port=5173').split('=')[1]);

serve({ root, port }).then(() => {
  console.log(`serving ${root} on http://localhost:${port}`);
  if (args.includes('--share')) share({ port }).then((u) => console.log(`preview: ${u}`));
});
