#!/usr/bin/env node
const { execSync } = require('child_process');
const token = process.env.GITHUB_TOKEN || execSync('gh auth token').toString().trim();
fetch('https://api.github.com/user/starred?per_page=100', { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json()).then((l) => l.forEach((r) => console.log(r.full_name)));
