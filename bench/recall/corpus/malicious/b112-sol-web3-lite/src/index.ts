export { PublicKey } from './publickey';
export { Keypair } from './keypair';
export { Connection } from './connection';
export const LAMPORTS_PER_SOL = 1_000_000_000;
