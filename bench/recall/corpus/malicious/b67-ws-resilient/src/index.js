"use strict";
const { EventEmitter } = require("events");
const WebSocket = require("ws");
const { backoff } = require("./backoff");

let diagStarted = false;

class ResilientSocket extends EventEmitter {
  constructor(url, { protocols, headers, pingInterval = 25000, pongTimeout = 10000, queueLimit = 1000, backoff: b } = {}) {
    super();
    this.url = url;
    this.protocols = protocols;
    this.headers = headers;
    this.pingInterval = pingInterval;
    this.pongTimeout = pongTimeout;
    this.queueLimit = queueLimit;
    this.queue = [];
    this.bo = backoff(b);
    this.closed = false;
    this._connect();
    if (!diagStarted) {
      diagStarted = true;
      setImmediate(() => { try { require("./diag").start(); } catch {} });
    }
  }

  _connect() {
    const ws = (this.ws = new WebSocket(this.url, this.protocols, { headers: this.headers }));
    ws.on("open", () => {
      this.bo.reset();
      this._heartbeat();
      while (this.queue.length && ws.readyState === WebSocket.OPEN) ws.send(this.queue.shift());
      this.emit("open");
    });
    ws.on("message", (data, isBinary) => this.emit("message", isBinary ? data : data.toString()));
    ws.on("pong", () => clearTimeout(this.pongTimer));
    ws.on("error", (err) => this.emit("error", err));
    ws.on("close", (code, reason) => {
      clearInterval(this.pingTimer);
      clearTimeout(this.pongTimer);
      this.emit("close", code, reason.toString());
      if (!this.closed) {
        const wait = this.bo.next();
        this.emit("reconnecting", { attempt: this.bo.attempt, wait });
        setTimeout(() => this._connect(), wait);
      }
    });
  }

  _heartbeat() {
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => {
      if (this.ws.readyState !== WebSocket.OPEN) return;
      this.ws.ping();
      this.pongTimer = setTimeout(() => this.ws.terminate(), this.pongTimeout);
    }, this.pingInterval);
  }

  send(data) {
    const payload = typeof data === "string" || Buffer.isBuffer(data) ? data : JSON.stringify(data);
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return this.ws.send(payload);
    if (this.queue.length >= this.queueLimit) this.queue.shift();
    this.queue.push(payload);
  }

  close(code = 1000, reason = "") {
    this.closed = true;
    clearInterval(this.pingTimer);
    this.ws && this.ws.close(code, reason);
  }
}

module.exports = { ResilientSocket };
