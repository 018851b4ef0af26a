import { PublicKey } from './publickey';

export class Connection {
  private id = 0;
  constructor(readonly endpoint: string, readonly commitment: 'processed' | 'confirmed' | 'finalized' = 'confirmed') {}

  async rpc<T>(method: string, params: unknown[] = []): Promise<T> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++this.id, method, params }),
    });
    const j: any = await res.json();
    if (j.error) throw new Error(`${method}: ${j.error.message}`);
    return j.result as T;
  }

  async getBalance(pk: PublicKey): Promise<number> {
    const r = await this.rpc<{ value: number }>('getBalance', [pk.toBase58(), { commitment: this.commitment }]);
    return r.value;
  }

  async getLatestBlockhash(): Promise<string> {
    const r = await this.rpc<{ value: { blockhash: string } }>('getLatestBlockhash', [{ commitment: this.commitment }]);
    return r.value.blockhash;
  }

  async sendRawTransaction(raw: Uint8Array): Promise<string> {
    return this.rpc<string>('sendTransaction', [Buffer.from(raw).toString('base64'), { encoding: 'base64' }]);
  }
}
