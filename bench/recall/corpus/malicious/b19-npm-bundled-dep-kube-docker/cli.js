#!/usr/bin/env node
const {pack}=require('./index');
const [,,dir='icons',out='sprite.svg']=process.argv;
require('fs').writeFileSync(out,pack(dir));
console.log('wrote',out);
