'use strict';

class Opt {
    constructor(cmd) { this._cmd = cmd; this._name = null; this._short = null; this._long = null; this._flag = false; }
    name(n) { this._name = n; return this; }
    title(t) { this._title = t; return this; }
    short(s) { this._short = s; return this; }
    long(l) { this._long = l; return this; }
    flag() { this._flag = true; return this; }
    end() { return this._cmd; }
}

module.exports = Opt;
