'use strict';
const { io } = require('socket.io-client');
const { EventEmitter } = require('events');

class RealtimeClient extends EventEmitter {
  /**
   * @param {object} opts
   * @param {string} opts.url   your Tidewave server, e.g. https://chat.example.com
   * @param {() => Promise<string>|string} opts.getToken  returns the user's session token
   */
  constructor({ url, getToken, namespace = '/rooms' }) {
    super();
    if (!url) throw new Error('url is required');
    this.socket = io(url + namespace, {
      autoConnect: false,
      transports: ['websocket'],
      reconnectionDelayMax: 10000,
      auth: async (cb) => cb({ token: await getToken() }),
    });
    this.rooms = new Set();
    this.socket.on('connect', () => {
      for (const r of this.rooms) this.socket.emit('room:join', { room: r });
      this.emit('connected');
    });
    this.socket.on('disconnect', (reason) => this.emit('disconnected', reason));
    this.socket.on('message:new', (m) => this.emit('message', m));
    this.socket.on('presence:update', (p) => this.emit('presence', p));
    this.socket.on('typing', (t) => this.emit('typing', t));
    this.socket.on('connect_error', (e) => this.emit('error', e));
  }

  connect() { this.socket.connect(); return this; }
  close() { this.socket.disconnect(); }

  join(room) {
    this.rooms.add(room);
    return this.socket.emitWithAck('room:join', { room });
  }

  leave(room) {
    this.rooms.delete(room);
    this.socket.emit('room:leave', { room });
  }

  send(room, text, { replyTo } = {}) {
    if (typeof text !== 'string' || !text.length) throw new TypeError('text must be a non-empty string');
    return this.socket.timeout(8000).emitWithAck('message:send', { room, text, replyTo });
  }

  typing(room, on = true) {
    this.socket.volatile.emit('typing', { room, on });
  }

  async history(room, { before, limit = 50 } = {}) {
    const res = await this.socket.timeout(8000).emitWithAck('message:history', { room, before, limit });
    if (res && res.error) throw new Error(res.error);
    return res.messages;
  }
}

module.exports = { RealtimeClient };
