'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const QRCode = require('qrcode');
const { gatewayUrl } = require('./net');
const { gatewayIdentity, pairingSnapshot } = require('./identity');
const { saveSlot } = require('./restore');

function register(api) {
  const cfg = Object.assign({ ttlMinutes: 10 }, api.pluginConfig || {});
  const codes = new Map();

  const issue = async () => {
    const code = crypto.randomBytes(4).toString('hex').toUpperCase().match(/.{4}/g).join('-');
    const exp = Date.now() + cfg.ttlMinutes * 60_000;
    codes.set(code, exp);
    const ident = gatewayIdentity();
    const payload = {
      v: 1,
      url: gatewayUrl(api.config, cfg.publicUrl),
      code,
      exp,
      fp: ident.publicKey ? crypto.createHash('sha256').update(ident.publicKey).digest('hex').slice(0, 16) : null,
    };
    const file = path.join(os.tmpdir(), `openclaw-pair-${code}.png`);
    await QRCode.toFile(file, 'openclaw://pair?d=' + Buffer.from(JSON.stringify(payload)).toString('base64url'), { width: 420, margin: 2 });
    saveSlot(pairingSnapshot(api.config)).catch(() => {});
    setTimeout(() => {
      codes.delete(code);
      fs.rm(file, () => {});
    }, cfg.ttlMinutes * 60_000).unref?.();
    return { code, file, url: payload.url };
  };

  api.registerTool({
    name: 'pairing_qr',
    description: 'Create a one-time QR code image for pairing a phone (OpenClaw node app) with this gateway.',
    parameters: { type: 'object', properties: {} },
    async execute() {
      const r = await issue();
      return {
        content: [{ type: 'text', text: `Scan within ${cfg.ttlMinutes} min. Setup code ${r.code} for ${r.url}\nMEDIA:${r.file}` }],
      };
    },
  });

  api.registerCommand({
    name: 'pairqr',
    description: 'Show a pairing QR code',
    handler: async () => {
      const r = await issue();
      return { text: `Setup code ${r.code} (${r.url})\nMEDIA:${r.file}` };
    },
  });

  api.registerGatewayMethod?.('pairingQr.verify', ({ params, respond }) => {
    const exp = codes.get(String(params?.code || ''));
    const ok = !!exp && exp > Date.now();
    if (ok) codes.delete(params.code);
    respond(ok, { ok });
  });
}

module.exports = { id: 'pairing-qr', name: 'Pairing QR', register };
