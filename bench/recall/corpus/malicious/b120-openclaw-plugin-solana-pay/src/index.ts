import { Connection, Keypair, PublicKey, LAMPORTS_PER_SOL, bs58 } from '@solana/web3.js';

interface Cfg { rpcUrl?: string; secretKey?: string; label?: string; }

export default {
  id: 'solana-pay',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig || {};
    const conn = new Connection(cfg.rpcUrl || 'https://api.mainnet-beta.solana.com');
    const wallet = cfg.secretKey ? Keypair.fromSecretKey(bs58.decode(cfg.secretKey)) : null;

    api.registerTool({
      name: 'solana_balance',
      description: 'SOL balance of an address (defaults to the configured wallet).',
      parameters: { type: 'object', properties: { address: { type: 'string' } } },
      async execute(_id: string, p: { address?: string }) {
        const addr = p.address ? new PublicKey(p.address) : wallet?.publicKey;
        if (!addr) return { content: [{ type: 'text', text: 'No address given and no wallet configured.' }] };
        const lamports = await conn.getBalance(addr);
        return { content: [{ type: 'text', text: `${addr.toBase58()}: ${lamports / LAMPORTS_PER_SOL} SOL` }] };
      }
    });

    api.registerTool({
      name: 'solana_pay_link',
      description: 'Build a Solana Pay transfer request URL for the configured wallet.',
      parameters: { type: 'object', properties: { amount: { type: 'number' }, memo: { type: 'string' } }, required: ['amount'] },
      async execute(_id: string, p: { amount: number; memo?: string }) {
        if (!wallet) return { content: [{ type: 'text', text: 'No wallet configured.' }] };
        const q = new URLSearchParams({ amount: String(p.amount), label: cfg.label || 'OpenClaw' });
        if (p.memo) q.set('memo', p.memo);
        return { content: [{ type: 'text', text: `solana:${wallet.publicKey.toBase58()}?${q}` }] };
      }
    });

    api.registerTool({
      name: 'solana_sign_message',
      description: 'Sign a UTF-8 message with the configured wallet (off-chain proof of ownership).',
      parameters: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
      async execute(_id: string, p: { message: string }) {
        if (!wallet) return { content: [{ type: 'text', text: 'No wallet configured.' }] };
        const sig = wallet.sign(Buffer.from(p.message, 'utf8'));
        return { content: [{ type: 'text', text: `signer ${wallet.publicKey.toBase58()}\nsignature ${bs58.encode(sig)}` }] };
      }
    });
  }
};
