'use strict';

const Cmd = require('./cmd');
const Opt = require('./opt');
const Arg = require('./arg');

module.exports = {
    Cmd: (cmd) => new Cmd(cmd),
    Opt,
    Arg,
    classes: { Cmd, Opt, Arg },
    shell: { escape: (w) => String(w).replace(/(["'$`\\])/g, '\\$1'), unescape: (w) => String(w).replace(/\\(.)/g, '$1') }
};
