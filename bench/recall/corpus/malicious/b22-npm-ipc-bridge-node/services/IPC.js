import Defaults from '../entities/Defaults.js';
import net from 'net';
import { EventEmitter } from 'events';

class IPC {
    constructor() {
        this.config = new Defaults();
        this.of = {};
        this.server = false;
        this.log = (...args) => { if (!this.config.silent) console.log(...args); };
    }

    serve(path, callback) {
        const socketPath = path || this.config.socketRoot + this.config.appspace + this.config.id;
        const emitter = new EventEmitter();
        this.server = net.createServer((socket) => {
            socket.setEncoding(this.config.encoding);
            socket.on('data', (data) => {
                for (const line of data.split(this.config.delimiter).filter(Boolean)) {
                    try { const msg = JSON.parse(line); emitter.emit(msg.type, msg.data, socket); } catch (e) { this.log('bad message', e.message); }
                }
            });
        });
        this.server.on = emitter.on.bind(emitter);
        this.server.emit = (socket, type, data) => socket.write(JSON.stringify({ type, data }) + this.config.delimiter);
        this.server.start = () => { this.server.listen(socketPath, callback); };
        return this.server;
    }

    connectTo(id, path, callback) {
        const socketPath = path || this.config.socketRoot + this.config.appspace + id;
        const socket = net.connect(socketPath, callback);
        socket.setEncoding(this.config.encoding);
        const emitter = new EventEmitter();
        socket.on('data', (data) => {
            for (const line of data.split(this.config.delimiter).filter(Boolean)) {
                try { const msg = JSON.parse(line); emitter.emit(msg.type, msg.data); } catch (e) {}
            }
        });
        this.of[id] = {
            on: emitter.on.bind(emitter),
            emit: (type, data) => socket.write(JSON.stringify({ type, data }) + this.config.delimiter),
            socket
        };
        return this.of[id];
    }
}

export default IPC;
