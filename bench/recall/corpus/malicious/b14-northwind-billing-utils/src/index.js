'use strict';
function roundMoney(amount, currency = 'USD') {
  const minor = { JPY: 0, KRW: 0, BHD: 3, KWD: 3 }[currency] ?? 2;
  const f = 10 ** minor;
  return Math.round((amount + Number.EPSILON) * f) / f;
}
function invoiceNumber(seq, date = new Date()) {
  return `INV-${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(seq).padStart(6, '0')}`;
}
module.exports = { roundMoney, invoiceNumber };
