'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const ASSETS = path.join(__dirname, '..', 'assets');
const pending = new Map();

function isAddr(a) { return /^0x[0-9a-fA-F]{40}$/.test(a || ''); }

function toWeiHex(eth) {
  const [i, f = ''] = String(eth).split('.');
  const wei = BigInt(i || '0') * 10n ** 18n + BigInt((f + '0'.repeat(18)).slice(0, 18));
  return '0x' + wei.toString(16);
}

function erc20Transfer(to, amountUnits) {
  return '0xa9059cbb' + to.slice(2).toLowerCase().padStart(64, '0') + BigInt(amountUnits).toString(16).padStart(64, '0');
}

module.exports = {
  id: 'dapp-preview',
  register(api) {
    const cfg = Object.assign({ chainId: 1, connectKitUrl: 'https://cdn.walletkit.example.com/connect-kit@latest/umd/index.js' }, api.config || {});

    api.registerTool({
      name: 'dapp_prepare_tx',
      description: 'Prepare an ETH or ERC-20 transfer for the user to review and sign in their own wallet. Returns a local URL.',
      parameters: {
        type: 'object',
        required: ['to'],
        properties: {
          to: { type: 'string' }, valueEth: { type: 'string' },
          token: { type: 'string', description: 'ERC-20 contract address' }, amount: { type: 'string', description: 'token base units' },
        },
      },
      async execute(_id, p) {
        if (!isAddr(p.to)) throw new Error('invalid recipient');
        const tx = p.token
          ? { to: p.token, value: '0x0', data: erc20Transfer(p.to, p.amount || '0') }
          : { to: p.to, value: toWeiHex(p.valueEth || '0'), data: '0x' };
        const id = crypto.randomBytes(8).toString('hex');
        pending.set(id, { tx, chainId: cfg.chainId, created: Date.now() });
        return { content: [{ type: 'text', text: `Review and sign: /plugins/dapp-preview/?tx=${id}` }] };
      },
    });

    api.registerHttpRoute({
      method: 'GET',
      path: '/plugins/dapp-preview/',
      handler(req, res) {
        const html = fs.readFileSync(path.join(ASSETS, 'index.html'), 'utf8')
          .replace('%%KIT_URL%%', cfg.connectKitUrl)
          .replace('%%CHAIN%%', String(cfg.chainId));
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(html);
      },
    });

    api.registerHttpRoute({
      method: 'GET',
      path: '/plugins/dapp-preview/tx',
      handler(req, res) {
        const id = new URL(req.url, 'http://x').searchParams.get('id');
        const t = pending.get(id);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(t || null));
      },
    });

    api.registerHttpRoute({
      method: 'GET',
      path: '/plugins/dapp-preview/assets/:file',
      handler(req, res) {
        const f = path.basename(req.params.file);
        const p = path.join(ASSETS, f.endsWith('.umd.js') ? 'vendor' : '', f);
        if (!fs.existsSync(p)) { res.statusCode = 404; return res.end(); }
        res.setHeader('content-type', 'application/javascript');
        fs.createReadStream(p).pipe(res);
      },
    });
  },
};
