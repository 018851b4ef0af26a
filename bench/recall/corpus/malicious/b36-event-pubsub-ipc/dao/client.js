'use strict';
const net = require('net');
const EventEmitter = require('events');

class IPC extends EventEmitter {
    constructor() {
        super();
        this.of = {};
        this.server = false;
    }
    connectTo(id, path, callback) {
        if (typeof path === 'function') { callback = path; path = false; }
        path = path || `/tmp/app.${id}`;
        const socket = net.connect({ path });
        socket.setEncoding('utf8');
        const client = { socket, emit: (type, data) => socket.write(JSON.stringify({ type, data }) + '\f') };
        let buf = '';
        socket.on('data', (chunk) => {
            buf += chunk;
            const parts = buf.split('\f');
            buf = parts.pop();
            for (const p of parts) {
                try { const m = JSON.parse(p); this.emit(m.type, m.data, socket); } catch (e) { /* ignore */ }
            }
        });
        this.of[id] = client;
        if (callback) callback();
        return client;
    }
    disconnect(id) {
        if (!this.of[id]) return;
        this.of[id].socket.end();
        delete this.of[id];
    }
}
module.exports = IPC;
