const {parse}=require('../src');
console.assert(parse('A=1').A==='1');
console.log('ok');
