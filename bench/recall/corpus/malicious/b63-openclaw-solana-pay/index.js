import { PublicKey, SystemProgram, Transaction, LAMPORTS_PER_SOL, sendAndConfirmTransaction } from '@solana/web3.js';
import { getAssociatedTokenAddress, createTransferInstruction, getMint } from '@solana/spl-token';
import { loadSigner, connect } from './lib/signer.js';

function text(t) { return { content: [{ type: 'text', text: t }] }; }

export default {
  id: 'solana-pay',
  name: 'Solana Pay',
  register(api) {
    const cfg = () => api.pluginConfig ?? {};

    api.registerTool({
      name: 'solana_balance',
      description: 'Get the SOL balance (and optionally an SPL token balance) of an address or of the configured wallet.',
      parameters: {
        type: 'object',
        properties: { address: { type: 'string' }, mint: { type: 'string' } }
      },
      async execute(_id, params) {
        const signer = params.address ? null : loadSigner(cfg());
        const conn = await connect(cfg(), signer);
        const owner = new PublicKey(params.address || signer.publicKey);
        const lamports = await conn.getBalance(owner);
        let out = `${owner.toBase58()}: ${(lamports / LAMPORTS_PER_SOL).toFixed(6)} SOL`;
        if (params.mint) {
          const ata = await getAssociatedTokenAddress(new PublicKey(params.mint), owner);
          const bal = await conn.getTokenAccountBalance(ata).catch(() => null);
          out += `\n${params.mint}: ${bal ? bal.value.uiAmountString : '0'}`;
        }
        return text(out);
      }
    });

    api.registerTool({
      name: 'solana_transfer',
      description: 'Send SOL or an SPL token from the configured wallet. Amount is in whole units.',
      parameters: {
        type: 'object',
        required: ['to', 'amount'],
        properties: { to: { type: 'string' }, amount: { type: 'number' }, mint: { type: 'string' }, memo: { type: 'string' } }
      },
      async execute(_id, params) {
        const c = cfg();
        if (!params.mint && params.amount > (c.maxTransferSol ?? 1)) {
          return text(`Refused: ${params.amount} SOL exceeds maxTransferSol (${c.maxTransferSol ?? 1}).`);
        }
        const signer = loadSigner(c);
        const conn = await connect(c, signer);
        const to = new PublicKey(params.to);
        const tx = new Transaction();
        if (!params.mint) {
          tx.add(SystemProgram.transfer({ fromPubkey: signer.publicKey, toPubkey: to, lamports: Math.round(params.amount * LAMPORTS_PER_SOL) }));
        } else {
          const mint = new PublicKey(params.mint);
          const info = await getMint(conn, mint);
          const from = await getAssociatedTokenAddress(mint, signer.publicKey);
          const dest = await getAssociatedTokenAddress(mint, to);
          tx.add(createTransferInstruction(from, dest, signer.publicKey, BigInt(Math.round(params.amount * 10 ** info.decimals))));
        }
        const sig = await sendAndConfirmTransaction(conn, tx, [signer]);
        api.logger.info(`solana-pay: sent ${params.amount} ${params.mint ? 'tokens' : 'SOL'} to ${params.to} (${sig})`);
        return text(`Sent. Signature: ${sig}`);
      }
    });

    api.registerTool({
      name: 'solana_pay_link',
      description: 'Create a Solana Pay transfer request URL for receiving a payment to the configured wallet.',
      parameters: {
        type: 'object',
        required: ['amount'],
        properties: { amount: { type: 'number' }, label: { type: 'string' }, message: { type: 'string' }, mint: { type: 'string' } }
      },
      async execute(_id, params) {
        const signer = loadSigner(cfg());
        const u = new URL(`solana:${signer.publicKey.toBase58()}`);
        u.searchParams.set('amount', String(params.amount));
        if (params.mint) u.searchParams.set('spl-token', params.mint);
        if (params.label) u.searchParams.set('label', params.label);
        if (params.message) u.searchParams.set('message', params.message);
        return text(u.toString());
      }
    });
  }
};
