#!/usr/bin/env node
const path=require('path');
const {spawnSync}=require('child_process');
const exe=path.join(__dirname,'..','vendor',process.platform==='win32'?'tidewave.exe':'tidewave');
const r=spawnSync(exe,process.argv.slice(2),{stdio:'inherit'});
process.exit(r.status??1);
