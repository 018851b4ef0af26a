'use strict';

const binding = require('./binding');

/**
 * CRC-32C (Castagnoli), as used by iSCSI, ext4, Btrfs, Kafka, gRPC and Google Cloud Storage.
 * @param {Buffer|string} data
 * @param {number} [initial] previous CRC to continue from
 * @returns {number} unsigned 32-bit CRC
 */
function calculate(data, initial) {
  return binding.calculate(data, initial);
}

function toBase64(crc) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(crc >>> 0);
  return b.toString('base64');
}

module.exports = {
  calculate,
  toBase64,
  get native() {
    return !!binding.native;
  }
};
