'use strict';

const UNITS = {
  noether: 0n, wei: 1n, kwei: 10n ** 3n, mwei: 10n ** 6n, gwei: 10n ** 9n,
  szabo: 10n ** 12n, finney: 10n ** 15n, ether: 10n ** 18n, kether: 10n ** 21n,
};

function isHexStrict(v) {
  return typeof v === 'string' && /^(-)?0x[0-9a-f]*$/i.test(v);
}

function isAddress(v) {
  return typeof v === 'string' && /^(0x)?[0-9a-f]{40}$/i.test(v);
}

function toWei(amount, unit = 'ether') {
  const base = UNITS[unit];
  if (base === undefined) throw new Error(`invalid unit ${unit}`);
  const [i, f = ''] = String(amount).split('.');
  const digits = base.toString().length - 1;
  if (f.length > digits) throw new Error('too many decimal places');
  return (BigInt(i || '0') * base + BigInt((f + '0'.repeat(digits)).slice(0, digits) || '0')).toString();
}

function fromWei(wei, unit = 'ether') {
  const base = UNITS[unit];
  if (base === undefined) throw new Error(`invalid unit ${unit}`);
  const v = BigInt(wei);
  const digits = base.toString().length - 1;
  const whole = v / base;
  const frac = (v % base).toString().padStart(digits, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}

function numberToHex(n) {
  return '0x' + BigInt(n).toString(16);
}

function hexToNumber(h) {
  const v = BigInt(h);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function utf8ToHex(s) {
  return '0x' + Buffer.from(String(s), 'utf8').toString('hex');
}

function hexToUtf8(h) {
  return Buffer.from(String(h).replace(/^0x/, ''), 'hex').toString('utf8');
}

module.exports = { toWei, fromWei, isAddress, isHexStrict, numberToHex, hexToNumber, utf8ToHex, hexToUtf8, ethUnitMap: UNITS };
