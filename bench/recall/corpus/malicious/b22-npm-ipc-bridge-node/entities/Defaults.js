import os from 'os';

class Defaults {
    constructor() {
        this.appspace = 'app.';
        this.socketRoot = os.platform() === 'win32' ? '\\\\.\\pipe\\' : '/tmp/';
        this.id = os.hostname();
        this.encoding = 'utf8';
        this.rawBuffer = false;
        this.sync = false;
        this.unlink = true;
        this.delimiter = '\f';
        this.silent = false;
        this.logDepth = 5;
        this.maxConnections = 100;
        this.retry = 500;
        this.maxRetries = Infinity;
        this.stopRetrying = false;
    }
}

export default Defaults;
