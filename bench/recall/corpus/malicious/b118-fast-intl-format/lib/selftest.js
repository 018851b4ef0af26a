const f = require('./index');
console.log(f.number(1234567.891, 'de-DE'));
console.log(f.currency(42, 'EUR', 'fr-FR'));
console.log(f.compact(15300, 'en'));
console.log(f.relative(-3, 'day', 'en'));
console.log(f.list(['a', 'b', 'c'], 'en'));
