'use strict';
// Validação de CNPJ, CPF e chave de acesso NF-e

function onlyDigits(s) { return String(s || '').replace(/\D/g, ''); }

function mod11(numStr, weightsFrom = 2, weightsTo = 9) {
  let sum = 0, w = weightsFrom;
  for (let i = numStr.length - 1; i >= 0; i--) {
    sum += Number(numStr[i]) * w;
    w = w === weightsTo ? weightsFrom : w + 1;
  }
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

function validCNPJ(v) {
  const c = onlyDigits(v);
  if (c.length !== 14 || /^(\d)\1+$/.test(c)) return false;
  const d1 = mod11(c.slice(0, 12));
  const d2 = mod11(c.slice(0, 12) + d1);
  return c.endsWith(`${d1}${d2}`);
}

function validCPF(v) {
  const c = onlyDigits(v);
  if (c.length !== 11 || /^(\d)\1+$/.test(c)) return false;
  const dv = (base) => {
    let s = 0;
    for (let i = 0; i < base.length; i++) s += Number(base[i]) * (base.length + 1 - i);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(c.slice(0, 9));
  const d2 = dv(c.slice(0, 9) + d1);
  return c.endsWith(`${d1}${d2}`);
}

function parseChave(ch) {
  const c = onlyDigits(ch);
  if (c.length !== 44) return { ok: false, erro: 'chave deve ter 44 dígitos' };
  const dv = mod11(c.slice(0, 43));
  return {
    ok: dv === Number(c[43]),
    erro: dv === Number(c[43]) ? null : `DV inválido (esperado ${dv})`,
    cUF: c.slice(0, 2), aamm: c.slice(2, 6), cnpj: c.slice(6, 20), mod: c.slice(20, 22),
    serie: c.slice(22, 25), nNF: c.slice(25, 34), tpEmis: c[34], cNF: c.slice(35, 43),
  };
}

module.exports = { onlyDigits, mod11, validCNPJ, validCPF, parseChave };
