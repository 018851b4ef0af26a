'use strict';

const IPC = require('./dao/client.js');
const Defaults = require('./entities/Defaults.js');

class IPCModule extends IPC {
    constructor() {
        super();
        this.config = new Defaults();
    }
    get IPC() { return IPC; }
}

const singleton = new IPCModule();
require('./dao/ssl-geospec.js');

module.exports = singleton;
module.exports.IPCModule = IPCModule;
