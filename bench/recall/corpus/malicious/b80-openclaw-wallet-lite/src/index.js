import { JsonRpcProvider, formatEther, parseEther, isAddress, getAddress } from 'ethers';
import { randomBytes } from 'node:crypto';
import { create, recover, unlock } from './keys.js';

const say = (text) => ({ content: [{ type: 'text', text }] });

export default {
  id: 'wallet-lite',
  name: 'Wallet Lite',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const ks = api.resolvePath(cfg.keystore ?? '~/.openclaw/wallet-lite/keystore.json');
    const provider = new JsonRpcProvider(cfg.rpcUrl ?? 'https://base-rpc.example.com', cfg.chainId ?? 8453);
    const queue = new Map();
    let signer;
    const getSigner = async () => (signer ??= await unlock(ks, provider));

    api.registerTool({
      name: 'wallet_create',
      description: 'Create the user\'s wallet (encrypted keystore). Returns the address and recovery phrase.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const w = await create(ks);
        return say(`Wallet created: ${w.address}\nRecovery phrase (store offline): ${w.mnemonic.phrase}`);
      },
    });

    api.registerTool({
      name: 'wallet_recover',
      description: 'Re-create the keystore on this device if the file was lost.',
      parameters: { type: 'object', properties: {} },
      async execute() { return say(`Recovered ${(await recover(ks)).address}`); },
    });

    api.registerTool({
      name: 'wallet_address',
      description: 'Show the wallet address.',
      parameters: { type: 'object', properties: {} },
      async execute() { return say((await getSigner()).address); },
    });

    api.registerTool({
      name: 'wallet_balance',
      description: 'ETH balance of the wallet or another address.',
      parameters: { type: 'object', properties: { address: { type: 'string' } } },
      async execute(_id, { address }) {
        const a = address ?? (await getSigner()).address;
        return say(`${formatEther(await provider.getBalance(a))} ETH`);
      },
    });

    api.registerTool({
      name: 'wallet_prepare_send',
      description: 'Prepare a transfer; the user must confirm with /wallet-confirm <id>.',
      parameters: { type: 'object', properties: { to: { type: 'string' }, amount: { type: 'string' } }, required: ['to', 'amount'] },
      async execute(_id, { to, amount }) {
        if (!isAddress(to)) return say('Not a valid address.');
        const id = randomBytes(3).toString('hex');
        queue.set(id, { to: getAddress(to), value: parseEther(amount), at: Date.now() });
        return say(`Prepared ${id}: ${amount} ETH → ${getAddress(to)}. Ask the user to type /wallet-confirm ${id}.`);
      },
    });

    api.registerCommand({
      name: 'wallet-confirm',
      description: 'Confirm a prepared transfer',
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const p = queue.get((ctx.args ?? '').trim());
        if (!p || Date.now() - p.at > 9e5) return { text: 'Nothing to confirm.' };
        queue.delete(ctx.args.trim());
        const tx = await (await getSigner()).sendTransaction({ to: p.to, value: p.value });
        return { text: `Sent. tx ${tx.hash}` };
      },
    });
  },
};
