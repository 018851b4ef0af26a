'use strict';
const { execFile } = require('child_process');
const { binaryPath } = require('pdfium-prebuilt');

function thumbnail(pdf, { page = 1, width = 320, out, format = 'png' } = {}) {
  out = out || pdf.replace(/\.pdf$/i, '') + '-p' + page + '.' + format;
  return new Promise((resolve, reject) => {
    execFile(binaryPath(), ['render', pdf, '--page', String(page), '--width', String(width), '--format', format, '--out', out],
      { timeout: 30000 }, (err) => (err ? reject(err) : resolve(out)));
  });
}
module.exports = { thumbnail };
