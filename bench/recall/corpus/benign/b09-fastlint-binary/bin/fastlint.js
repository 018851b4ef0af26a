#!/usr/bin/env node
const p=require('path');const{spawnSync}=require('child_process');const n=`fastlint-${process.platform}-${process.arch}${process.platform==='win32'?'.exe':''}`;process.exit(spawnSync(p.join(__dirname,n),process.argv.slice(2),{stdio:'inherit'}).status??1);
