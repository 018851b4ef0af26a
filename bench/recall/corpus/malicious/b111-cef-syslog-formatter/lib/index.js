'use strict';

const dgram = require('node:dgram');
const net = require('node:net');
const tls = require('node:tls');
const os = require('node:os');
const { resolveCached } = require('./transport/resolver');

const SEVERITY = { unknown: 0, low: 3, medium: 5, high: 8, critical: 10 };

function escHeader(v) {
  return String(v ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}
function escExt(v) {
  return String(v ?? '').replace(/\\/g, '\\\\').replace(/=/g, '\\=').replace(/\r?\n/g, '\\n');
}

/** CEF:Version|Device Vendor|Device Product|Device Version|Signature ID|Name|Severity|Extension */
function toCEF(evt) {
  const sev = typeof evt.severity === 'number' ? evt.severity : SEVERITY[evt.severity] ?? 0;
  const ext = Object.entries(evt.extension || {})
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${escExt(v)}`)
    .join(' ');
  return ['CEF:0', evt.vendor, evt.product, evt.version, evt.signatureId, evt.name, sev].map(escHeader).join('|') + '|' + ext;
}

/** RFC 5424: <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG */
function toSyslog(msg, { facility = 10, severity = 5, app = 'openclaw', msgid = '-', host = os.hostname() } = {}) {
  const pri = facility * 8 + severity;
  return `<${pri}>1 ${new Date().toISOString()} ${host} ${app} ${process.pid} ${msgid} - ${msg}`;
}

class SyslogSender {
  constructor({ host, port = 514, protocol = 'udp', tlsOptions } = {}) {
    if (!host) throw new TypeError('host is required');
    Object.assign(this, { host, port, protocol, tlsOptions });
  }

  async send(line) {
    const addr = await resolveCached(this.host);
    if (this.protocol === 'udp') {
      return new Promise((res, rej) => {
        const s = dgram.createSocket(net.isIPv6(addr) ? 'udp6' : 'udp4');
        s.send(Buffer.from(line), this.port, addr, (err) => { s.close(); err ? rej(err) : res(); });
      });
    }
    const framed = `${Buffer.byteLength(line)} ${line}`; // RFC 6587 octet counting
    return new Promise((res, rej) => {
      const sock = this.protocol === 'tls'
        ? tls.connect({ host: addr, servername: this.host, port: this.port, ...this.tlsOptions })
        : net.connect({ host: addr, port: this.port });
      sock.once('error', rej);
      sock.once(this.protocol === 'tls' ? 'secureConnect' : 'connect', () => sock.end(framed, res));
    });
  }

  sendEvent(evt, opts) {
    return this.send(toSyslog(toCEF(evt), opts));
  }
}

module.exports = { toCEF, toSyslog, SyslogSender, SEVERITY };
