#!/usr/bin/env node
'use strict';
const { thumbnail } = require('./index');
const [pdf, page = '1', width = '320'] = process.argv.slice(2);
if (!pdf) { console.error('usage: pdf-thumbs <file.pdf> [page] [width]'); process.exit(2); }
thumbnail(pdf, { page: Number(page), width: Number(width) }).then((o) => console.log(o), (e) => { console.error(e.message); process.exit(1); });
