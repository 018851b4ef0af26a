'use strict';

function make(name, conv) {
  return (opts = {}) => ({
    parse(v) {
      if (v === undefined || v === '') {
        if ('default' in opts) return opts.default;
        throw new Error('missing');
      }
      const out = conv(v);
      if (out === undefined || Number.isNaN(out)) throw new Error(`not a valid ${name}`);
      return out;
    },
  });
}

module.exports = {
  str: make('string', (v) => v),
  num: make('number', (v) => Number(v)),
  bool: make('boolean', (v) => ({ true: true, '1': true, false: false, '0': false })[v.toLowerCase()]),
  url: make('url', (v) => (new URL(v), v)),
};
