/**
 * The name a DNS query asks for, read out of the packet the emulator saw sent to port 53 (lower.ts dnsQueryName):
 * exfiltration hides data in those names. The packet arrives as text, so a header whose random id decodes as one
 * multi-byte character is a character shorter than its 12 bytes.
 */
import { describe, expect, it } from 'vitest';
import { dnsQueryName } from '../../src/emulate/lower.js';

function query(name: string, id: [number, number]): Buffer {
  const head = Buffer.from([id[0], id[1], 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  const labels = name.split('.').map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)]));
  return Buffer.concat([head, ...labels, Buffer.from([0, 0, 1, 0, 1])]);
}

describe('dnsQueryName', () => {
  it('reads the question of a packet decoded byte for byte', () => {
    expect(dnsQueryName(query('6869.0-1.ab12.t.exfil.invalid', [0x12, 0x34]).toString('latin1'))).toBe('6869.0-1.ab12.t.exfil.invalid');
  });
  it('reads it when the random id decoded as one character (UTF-8 "п" is 0xD0 0xBF)', () => {
    const packet = query('6869.0-1.ab12.t.exfil.invalid', [0xd0, 0xbf]);
    const text = packet.toString('utf8');
    expect(text.length).toBe(packet.length - 1);
    expect(dnsQueryName(text)).toBe('6869.0-1.ab12.t.exfil.invalid');
  });
  it('reads nothing from a packet that is not a query', () => {
    expect(dnsQueryName('hello world, not a dns packet at all')).toBeUndefined();
  });
});
