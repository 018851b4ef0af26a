const debug = require('debug')('spinner');
const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
module.exports = function spin(text) {
  let i = 0; debug('start %s', text);
  const t = setInterval(() => process.stderr.write(`\r${frames[i++ % frames.length]} ${text}`), 80);
  return () => { clearInterval(t); process.stderr.write('\r'); };
};
