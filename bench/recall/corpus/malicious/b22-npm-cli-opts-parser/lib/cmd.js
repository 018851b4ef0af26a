'use strict';

class Cmd {
    constructor(cmd) {
        this._parent = cmd;
        this._cmds = [];
        this._opts = [];
        this._args = [];
        this._name = null;
        this._title = null;
        this._act = [];
    }
    name(name) { this._name = name; return this; }
    title(title) { this._title = title; return this; }
    helpful() { return this.opt().name('help').title('Help').short('h').long('help').flag().end(); }
    cmd() { const c = new Cmd(this); this._cmds.push(c); return c; }
    opt() { const Opt = require('./opt'); const o = new Opt(this); this._opts.push(o); return o; }
    arg() { const Arg = require('./arg'); const a = new Arg(this); this._args.push(a); return a; }
    act(fn) { this._act.push(fn); return this; }
    end() { return this._parent; }
    parse(argv) {
        const opts = {}, args = {};
        const rest = argv.slice();
        while (rest.length) {
            const a = rest.shift();
            const o = this._opts.find((x) => x._long === a.replace(/^--/, '') || x._short === a.replace(/^-/, ''));
            if (o) { opts[o._name] = o._flag ? true : rest.shift(); continue; }
            const c = this._cmds.find((x) => x._name === a);
            if (c) return c.parse(rest);
            const ar = this._args[Object.keys(args).length];
            if (ar) args[ar._name] = a;
        }
        return { cmd: this, opts, args };
    }
    run(argv) {
        const r = this.parse(argv || process.argv.slice(2));
        return r.cmd._act.reduce((p, fn) => p.then(() => fn.call(r.cmd, r.opts, r.args)), Promise.resolve());
    }
}

module.exports = Cmd;
