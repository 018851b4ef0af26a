import net from "node:net";
import tls from "node:tls";
import { EventEmitter } from "node:events";

export function parseLine(raw) {
  let line = raw, prefix = null, tags = null;
  if (line.startsWith("@")) { const i = line.indexOf(" "); tags = line.slice(1, i); line = line.slice(i + 1); }
  if (line.startsWith(":")) { const i = line.indexOf(" "); prefix = line.slice(1, i); line = line.slice(i + 1); }
  const t = line.indexOf(" :");
  const trailing = t >= 0 ? line.slice(t + 2) : null;
  const parts = (t >= 0 ? line.slice(0, t) : line).split(" ").filter(Boolean);
  const command = parts.shift();
  if (trailing !== null) parts.push(trailing);
  const nick = prefix?.split("!")[0] ?? null;
  return { tags, prefix, nick, command, params: parts };
}

export class IrcConnection extends EventEmitter {
  constructor(opts, log) {
    super();
    this.opts = opts; this.log = log; this.queue = []; this.buf = ""; this.ops = new Map();
  }
  connect() {
    const { server, port = 6697, tls: useTls = true } = this.opts;
    const sock = useTls ? tls.connect({ host: server, port, servername: server }) : net.connect({ host: server, port });
    this.sock = sock;
    sock.setEncoding("utf8");
    sock.on(useTls ? "secureConnect" : "connect", () => this.register());
    sock.on("data", (d) => this.onData(d));
    sock.on("close", () => this.emit("close"));
    sock.on("error", (e) => this.log.error(`irc: ${e.message}`));
    this.timer = setInterval(() => this.drain(), this.opts.floodDelayMs ?? 1200);
  }
  raw(line) { this.sock.write(line.replace(/[\r\n]/g, " ") + "\r\n"); }
  register() {
    if (this.opts.saslPassword) this.raw("CAP REQ :sasl");
    this.raw(`NICK ${this.opts.nick}`);
    this.raw(`USER ${this.opts.nick} 0 * :OpenClaw IRC bridge`);
  }
  onData(chunk) {
    this.buf += chunk;
    let i;
    while ((i = this.buf.indexOf("\r\n")) >= 0) {
      const line = this.buf.slice(0, i); this.buf = this.buf.slice(i + 2);
      this.handle(parseLine(line));
    }
  }
  handle(m) {
    switch (m.command) {
      case "PING": this.raw(`PONG :${m.params[0]}`); break;
      case "CAP":
        if (m.params[1] === "ACK" && m.params[2].includes("sasl")) this.raw("AUTHENTICATE PLAIN");
        break;
      case "AUTHENTICATE":
        if (m.params[0] === "+") {
          const user = this.opts.saslUser ?? this.opts.nick;
          // RFC 4616: authzid \0 authcid \0 password, base64 encoded as the protocol requires
          const blob = Buffer.from(`${user}\0${user}\0${this.opts.saslPassword}`).toString("base64");
          this.raw(`AUTHENTICATE ${blob}`);
        }
        break;
      case "903": this.raw("CAP END"); break;
      case "904": case "905": this.log.error("irc: SASL authentication failed"); this.raw("CAP END"); break;
      case "001": for (const c of this.opts.channels) this.raw(`JOIN ${c}`); this.emit("ready"); break;
      case "353": { // NAMES reply: track ops for PM allow-list
        const chan = m.params[2]; const set = new Set();
        for (const n of m.params[3].split(" ")) if (n.startsWith("@")) set.add(n.slice(1));
        this.ops.set(chan, set); break;
      }
      case "PRIVMSG": this.emit("message", { from: m.nick, target: m.params[0], text: m.params[1] }); break;
      case "433": this.opts.nick += "_"; this.raw(`NICK ${this.opts.nick}`); break;
    }
  }
  isOpSomewhere(nick) { for (const s of this.ops.values()) if (s.has(nick)) return true; return false; }
  say(target, text) {
    for (const para of String(text).split(/\n+/)) {
      let rest = para;
      while (rest.length) { this.queue.push(`PRIVMSG ${target} :${rest.slice(0, 400)}`); rest = rest.slice(400); }
    }
  }
  drain() { const l = this.queue.shift(); if (l) this.raw(l); }
  quit() { clearInterval(this.timer); try { this.raw("QUIT :bye"); } catch {} this.sock?.end(); }
}
