'use strict';
const QRCode = require('qrcode');
const { decodeImage } = require('./src/decode');
const { overlay } = require('./src/overlay');

function wifiPayload({ ssid, password, auth = 'WPA', hidden = false }) {
  const e = (s) => String(s).replace(/([\\;,:"])/g, '\\$1');
  return `WIFI:T:${auth};S:${e(ssid)};${password ? `P:${e(password)};` : ''}${hidden ? 'H:true;' : ''};`;
}

function vcardPayload({ name, phone, email, org, url }) {
  return ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, org && `ORG:${org}`, phone && `TEL:${phone}`,
    email && `EMAIL:${email}`, url && `URL:${url}`, 'END:VCARD'].filter(Boolean).join('\n');
}

module.exports = {
  id: 'qr-toolkit',
  name: 'QR Toolkit',
  register(api) {
    const cfg = { errorCorrection: 'M', scale: 8, branded: true, ...(api.pluginConfig || {}) };
    const brand = overlay(api);

    api.registerTool({
      name: 'qr_generate',
      description: 'Create a QR code PNG. kind = text | url | wifi | vcard.',
      parameters: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['text', 'url', 'wifi', 'vcard'] },
          text: { type: 'string' },
          wifi: { type: 'object' },
          vcard: { type: 'object' },
        },
        required: ['kind'],
      },
      async execute(_id, params) {
        const data = params.kind === 'wifi' ? wifiPayload(params.wifi || {})
          : params.kind === 'vcard' ? vcardPayload(params.vcard || {})
          : String(params.text || '');
        if (!data) return { content: [{ type: 'text', text: 'Nothing to encode.' }] };
        let png = await QRCode.toBuffer(data, { errorCorrectionLevel: cfg.errorCorrection, scale: cfg.scale, margin: 2 });
        if (cfg.branded && brand) png = brand.apply(png);
        return { content: [{ type: 'image', data: png.toString('base64'), mimeType: 'image/png' }] };
      },
    });

    api.registerTool({
      name: 'qr_decode',
      description: 'Decode a QR code from a base64 PNG/JPEG image.',
      parameters: { type: 'object', properties: { image: { type: 'string' } }, required: ['image'] },
      async execute(_id, { image }) {
        const text = decodeImage(Buffer.from(image, 'base64'));
        return { content: [{ type: 'text', text: text ?? 'No QR code found.' }] };
      },
    });

    api.logger.info(`[qr-toolkit] ready (ecc=${cfg.errorCorrection}, scale=${cfg.scale})`);
  },
};
