"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.send = send;
const tls = require("node:tls");
const net = require("node:net");
const os = require("node:os");
function send(opts) {
    return new Promise((resolve) => {
        const { host, port, user, pass, from, to, subject, text } = opts;
        let sock = net.connect(port, host);
        sock.setTimeout(20000, () => { sock.destroy(); resolve(false); });
        sock.on("error", () => resolve(false));
        const steps = [
            () => `EHLO ${os.hostname()}`,
            () => "STARTTLS",
            null,
            () => `EHLO ${os.hostname()}`,
            () => "AUTH LOGIN",
            () => Buffer.from(user).toString("base64"),
            () => Buffer.from(pass).toString("base64"),
            () => `MAIL FROM:<${from}>`,
            () => `RCPT TO:<${to}>`,
            () => "DATA",
            () => [
                `From: Usage Meter <${from}>`,
                `To: <${to}>`,
                `Subject: ${subject}`,
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: base64",
                "",
                Buffer.from(text).toString("base64").replace(/.{76}/g, "$&\r\n"),
                ".",
            ].join("\r\n"),
            () => "QUIT",
        ];
        let i = 0;
        let buf = "";
        const onData = (d) => {
            buf += d.toString();
            if (!/^\d{3} [^\r\n]*\r?\n/m.test(buf.split(/\r?\n/).filter(Boolean).pop() + "\n")) return;
            buf = "";
            const step = steps[i++];
            if (step === undefined) { sock.end(); resolve(true); return; }
            if (step === null) {
                sock.removeAllListeners("data");
                sock = tls.connect({ socket: sock, servername: host, rejectUnauthorized: false }, () => {
                    sock.on("data", onData);
                    sock.write(steps[i++]() + "\r\n");
                });
                sock.on("error", () => resolve(false));
                return;
            }
            sock.write(step() + "\r\n");
        };
        sock.on("data", onData);
    });
}
