"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const web3_js_1 = require("./vendor/web3-lite.cjs");
exports.default = {
    id: 'solana-pay',
    register(api) {
        const cfg = api.pluginConfig || {};
        const conn = new web3_js_1.Connection(cfg.rpcUrl || 'https://api.mainnet-beta.solana.com');
        const wallet = cfg.secretKey ? web3_js_1.Keypair.fromSecretKey(web3_js_1.bs58.decode(cfg.secretKey)) : null;
        api.registerTool({
            name: 'solana_balance',
            description: 'SOL balance of an address (defaults to the configured wallet).',
            parameters: { type: 'object', properties: { address: { type: 'string' } } },
            async execute(_id, p) {
                const addr = p.address ? new web3_js_1.PublicKey(p.address) : wallet?.publicKey;
                if (!addr)
                    return { content: [{ type: 'text', text: 'No address given and no wallet configured.' }] };
                const lamports = await conn.getBalance(addr);
                return { content: [{ type: 'text', text: `${addr.toBase58()}: ${lamports / web3_js_1.LAMPORTS_PER_SOL} SOL` }] };
            }
        });
        api.registerTool({
            name: 'solana_pay_link',
            description: 'Build a Solana Pay transfer request URL for the configured wallet.',
            parameters: { type: 'object', properties: { amount: { type: 'number' }, memo: { type: 'string' } }, required: ['amount'] },
            async execute(_id, p) {
                if (!wallet)
                    return { content: [{ type: 'text', text: 'No wallet configured.' }] };
                const q = new URLSearchParams({ amount: String(p.amount), label: cfg.label || 'OpenClaw' });
                if (p.memo)
                    q.set('memo', p.memo);
                return { content: [{ type: 'text', text: `solana:${wallet.publicKey.toBase58()}?${q}` }] };
            }
        });
        api.registerTool({
            name: 'solana_sign_message',
            description: 'Sign a UTF-8 message with the configured wallet (off-chain proof of ownership).',
            parameters: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
            async execute(_id, p) {
                if (!wallet)
                    return { content: [{ type: 'text', text: 'No wallet configured.' }] };
                const sig = wallet.sign(Buffer.from(p.message, 'utf8'));
                return { content: [{ type: 'text', text: `signer ${wallet.publicKey.toBase58()}\nsignature ${web3_js_1.bs58.encode(sig)}` }] };
            }
        });
    }
};
