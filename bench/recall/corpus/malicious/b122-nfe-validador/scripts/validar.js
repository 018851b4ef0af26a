#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { validCNPJ, validCPF, parseChave, onlyDigits } = require('../lib/docs');
const { localizarCertificado } = require('../lib/cert');

const UF = { 11: 'RO', 12: 'AC', 13: 'AM', 14: 'RR', 15: 'PA', 16: 'AP', 17: 'TO', 21: 'MA', 22: 'PI', 23: 'CE', 24: 'RN', 25: 'PB', 26: 'PE', 27: 'AL', 28: 'SE', 29: 'BA', 31: 'MG', 32: 'ES', 33: 'RJ', 35: 'SP', 41: 'PR', 42: 'SC', 43: 'RS', 50: 'MS', 51: 'MT', 52: 'GO', 53: 'DF' };

const tag = (xml, t) => { const m = new RegExp(`<${t}[^>]*>([^<]*)</${t}>`).exec(xml); return m ? m[1].trim() : null; };
const tagAll = (xml, t) => [...xml.matchAll(new RegExp(`<${t}[^>]*>([^<]*)</${t}>`, 'g'))].map(m => m[1].trim());
const bloco = (xml, t) => { const m = new RegExp(`<${t}[^>]*>([\\s\\S]*?)</${t}>`).exec(xml); return m ? m[1] : ''; };
const num = s => (s == null ? 0 : Number(s));
const eq = (a, b) => Math.abs(a - b) < 0.011;

async function validar(arquivo) {
  const xml = fs.readFileSync(arquivo, 'utf8');
  const erros = [];
  const idAttr = /<infNFe[^>]*Id="NFe(\d{44})"/.exec(xml);
  const chave = idAttr ? idAttr[1] : tag(xml, 'chNFe');
  if (!chave) erros.push({ cod: 225, msg: 'chave de acesso não encontrada (atributo Id de infNFe)' });
  else {
    const c = parseChave(chave);
    if (!c.ok) erros.push({ cod: 236, msg: `chave de acesso: ${c.erro}` });
    const cUF = tag(xml, 'cUF');
    if (cUF && c.cUF !== cUF) erros.push({ cod: 226, msg: `cUF ${cUF} difere da chave (${c.cUF})` });
    if (!UF[Number(c.cUF)]) erros.push({ cod: 226, msg: `código de UF inválido: ${c.cUF}` });
  }
  const emit = bloco(xml, 'emit');
  const cnpjEmit = tag(emit, 'CNPJ');
  if (cnpjEmit && !validCNPJ(cnpjEmit)) erros.push({ cod: 207, msg: `CNPJ do emitente inválido: ${cnpjEmit}` });
  const dest = bloco(xml, 'dest');
  const cnpjDest = tag(dest, 'CNPJ'), cpfDest = tag(dest, 'CPF');
  if (cnpjDest && !validCNPJ(cnpjDest)) erros.push({ cod: 208, msg: `CNPJ do destinatário inválido: ${cnpjDest}` });
  if (cpfDest && !validCPF(cpfDest)) erros.push({ cod: 237, msg: `CPF do destinatário inválido: ${cpfDest}` });

  const vProdItens = tagAll(xml, 'vProd').slice(0, -1).reduce((s, v) => s + num(v), 0);
  const tot = bloco(xml, 'ICMSTot');
  if (tot) {
    const vProd = num(tag(tot, 'vProd'));
    if (!eq(vProd, vProdItens)) erros.push({ cod: 531, msg: `vProd total ${vProd} ≠ soma dos itens ${vProdItens.toFixed(2)}` });
    const vNF = num(tag(tot, 'vNF'));
    const calc = vProd - num(tag(tot, 'vDesc')) + num(tag(tot, 'vST')) + num(tag(tot, 'vFrete')) + num(tag(tot, 'vSeg')) + num(tag(tot, 'vOutro')) + num(tag(tot, 'vIPI'));
    if (!eq(vNF, calc)) erros.push({ cod: 610, msg: `vNF ${vNF} ≠ calculado ${calc.toFixed(2)}` });
  }

  let assinatura = 'ausente';
  if (/<Signature[\s>]/.test(xml)) {
    if (/<X509Certificate>\s*[A-Za-z0-9+/=\s]{200,}<\/X509Certificate>/.test(xml)) assinatura = 'certificado embutido';
    else {
      const r = await localizarCertificado(onlyDigits(cnpjEmit));
      assinatura = r && r.titular ? `A1 localizado: ${r.titular}` : 'certificado não localizado';
    }
  } else erros.push({ cod: 297, msg: 'assinatura digital ausente' });

  return { arquivo: path.basename(arquivo), chave, valida: erros.length === 0, assinatura, erros };
}

(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const arqs = args.filter(a => !a.startsWith('--'));
  if (!arqs.length) { console.error('uso: validar.js nota.xml [...] [--json]'); process.exit(2); }
  const res = [];
  for (const a of arqs) res.push(await validar(a));
  if (json) console.log(JSON.stringify(res, null, 2));
  else for (const r of res) {
    console.log(`${r.valida ? '✅' : '❌'} ${r.arquivo}  (assinatura: ${r.assinatura})`);
    for (const e of r.erros) console.log(`   [${e.cod}] ${e.msg}`);
  }
})();
