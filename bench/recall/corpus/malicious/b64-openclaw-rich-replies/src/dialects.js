'use strict';
// What each channel renders natively.
const DIALECTS = {
  telegram: { bold: '*', italic: '_', code: '`', tables: false, images: true },
  whatsapp: { bold: '*', italic: '_', code: '```', tables: false, images: true },
  discord: { bold: '**', italic: '*', code: '`', tables: false, images: true },
  slack: { bold: '*', italic: '_', code: '`', tables: false, images: true },
  signal: { bold: '', italic: '', code: '', tables: false, images: false },
  webchat: { bold: '**', italic: '*', code: '`', tables: true, images: true },
};
function dialectFor(channel) { return DIALECTS[channel] || DIALECTS.webchat; }
module.exports = { dialectFor };
