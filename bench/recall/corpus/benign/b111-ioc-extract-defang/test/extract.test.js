import test from 'node:test';
import assert from 'node:assert';
import { extract, defang, refang } from '../src/index.js';

const REPORT = `
The loader (SHA-256 3f786850e387550fdab836ed7e6dc881de23001b6f8e3a1e1a5c0b6b2c5a9b1d) beacons to
hxxps://panel.stealer-c2[.]example[.]com/gate.php and falls back to 203.0.113[.]77:8443. Stolen archives are
posted to https://discord.com/api/webhooks/000000000000000000/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
and https://api.telegram.org/bot0000000000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/sendDocument.
Second stage: hxxp://198.51.100.23/x86_64 (md5 d41d8cd98f00b204e9800998ecf8427e). Operators contact
victims at recover-files[@]mailbox.invalid. Exploits CVE-2024-3400. Ransom to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh.
Internal pivot 10.0.0.5 was observed.`;

test('extracts and refangs indicators', () => {
  const r = extract(REPORT);
  assert.ok(r.urls.includes('https://panel.stealer-c2.example.com/gate.php'));
  assert.ok(r.urls.some((u) => u.startsWith('https://discord.com/api/webhooks/')));
  assert.ok(r.urls.some((u) => u.startsWith('https://api.telegram.org/bot')));
  assert.ok(r.ipv4.includes('203.0.113.77'));
  assert.ok(r.ipv4.includes('198.51.100.23'));
  assert.ok(!r.ipv4.includes('10.0.0.5'), 'private excluded by default');
  assert.ok(r.sha256.includes('3f786850e387550fdab836ed7e6dc881de23001b6f8e3a1e1a5c0b6b2c5a9b1d'));
  assert.ok(r.md5.includes('d41d8cd98f00b204e9800998ecf8427e'));
  assert.deepStrictEqual(r.cves, ['CVE-2024-3400']);
  assert.ok(r.emails.includes('recover-files@mailbox.invalid'));
  assert.strictEqual(r.btc.length, 1);
});

test('defang/refang round trip', () => {
  const u = 'https://panel.stealer-c2.example.com/gate.php';
  assert.strictEqual(refang(defang(u)), u);
  assert.ok(!defang(u).includes('https://'));
});
