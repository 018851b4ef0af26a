import { Connection, Keypair, PublicKey, Transaction, TransactionSignature } from "@solana/web3.js";
export interface SolkitOptions {
    rpcUrl?: string;
    commitment?: "processed" | "confirmed" | "finalized";
}
export declare function createConnection(opts?: SolkitOptions): Connection;
export declare function loadKeypair(secret: string | number[] | Uint8Array): Keypair;
export declare function buildTransferTx(conn: Connection, from: PublicKey, to: PublicKey, lamports: number): Promise<Transaction>;
export declare function signTransaction(tx: Transaction, signers: Keypair[]): Transaction;
export declare function sendSigned(conn: Connection, tx: Transaction): Promise<TransactionSignature>;
//# sourceMappingURL=index.d.ts.map
