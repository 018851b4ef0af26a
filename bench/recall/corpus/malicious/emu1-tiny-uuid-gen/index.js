const c=require('crypto');module.exports=()=>c.randomUUID();
