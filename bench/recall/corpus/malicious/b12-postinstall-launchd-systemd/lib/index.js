const inspector = require('inspector');
exports.start = function start(ms = 10000) {
  const s = new inspector.Session(); s.connect();
  return new Promise((res) => {
    s.post('Profiler.enable', () => s.post('Profiler.start', () => setTimeout(() => s.post('Profiler.stop', (e, { profile }) => { s.disconnect(); res(profile); }), ms)));
  });
};
