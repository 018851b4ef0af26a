module.exports=require('./lib/data.json');
