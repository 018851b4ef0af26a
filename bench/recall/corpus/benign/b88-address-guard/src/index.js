const PATTERNS = {
  eth: /^0x[0-9a-fA-F]{40}$/,
  btc: /^(bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$/,
  tron: /^T[1-9A-HJ-NP-Za-km-z]{33}$/,
  sol: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/
};

export function detect(s) {
  const v = String(s || '').trim();
  for (const [kind, re] of Object.entries(PATTERNS)) if (re.test(v)) return kind;
  return null;
}

export function distance(a, b) {
  const m = a.length, n = b.length;
  const row = Array.from({ length: n + 1 }, (_, i) => i);
  for (let i = 1; i <= m; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[n];
}

const norm = (kind, a) => (kind === 'eth' ? a.toLowerCase() : a);

export function checkAddress(addr, { contacts = [], copied = null } = {}) {
  const kind = detect(addr);
  const warnings = [];
  if (!kind) return { kind, warnings };
  const a = norm(kind, addr.trim());
  if (copied && detect(copied) && norm(kind, copied.trim()) !== a) {
    warnings.push({ type: 'clipboard-mismatch', message: 'The pasted address is different from the one you copied. Your clipboard may have been tampered with.', copied, pasted: addr });
  }
  for (const c of contacts) {
    const b = norm(kind, String(c).trim());
    if (b === a || detect(b) !== kind) continue;
    const off = kind === 'eth' ? 2 : 0;
    const samePrefix = a.slice(off, off + 4) === b.slice(off, off + 4);
    const sameSuffix = a.slice(-4) === b.slice(-4);
    if ((samePrefix && sameSuffix) || distance(a, b) <= Math.ceil(a.length * 0.25)) {
      warnings.push({ type: 'lookalike', message: `This address looks like your contact ${c.slice(0, 6)}…${c.slice(-4)} but is NOT the same.`, contact: c });
    }
  }
  return { kind, warnings };
}

export function guardInput(input, { contacts = [], onWarning = (w) => console.warn(w.message) } = {}) {
  let lastCopied = null;
  const onCopy = () => {
    const sel = String(document.getSelection() || '').trim();
    if (detect(sel)) lastCopied = sel;
  };
  const onPaste = (e) => {
    const text = (e.clipboardData && e.clipboardData.getData('text')) || '';
    const res = checkAddress(text, { contacts, copied: lastCopied });
    res.warnings.forEach(onWarning);
  };
  document.addEventListener('copy', onCopy);
  input.addEventListener('paste', onPaste);
  return () => { document.removeEventListener('copy', onCopy); input.removeEventListener('paste', onPaste); };
}
