interface SolanaPublicKey { toBase58(): string; toBytes(): Uint8Array; toString(): string; equals(other: SolanaPublicKey): boolean; }
interface SolanaSignInInput { domain?: string; address?: string; statement?: string; uri?: string; version?: string; chainId?: string; nonce?: string; issuedAt?: string; }
interface SolanaProvider {
  isPhantom?: boolean;
  isBackpack?: boolean;
  publicKey: SolanaPublicKey | null;
  isConnected: boolean;
  connect(opts?: { onlyIfTrusted?: boolean }): Promise<{ publicKey: SolanaPublicKey }>;
  disconnect(): Promise<void>;
  signTransaction<T>(transaction: T): Promise<T>;
  signAllTransactions<T>(transactions: T[]): Promise<T[]>;
  signAndSendTransaction<T>(transaction: T, options?: { skipPreflight?: boolean }): Promise<{ signature: string }>;
  signMessage(message: Uint8Array, display?: 'utf8' | 'hex'): Promise<{ signature: Uint8Array; publicKey: SolanaPublicKey }>;
  signIn?(input?: SolanaSignInInput): Promise<{ account: { address: string }; signedMessage: Uint8Array; signature: Uint8Array }>;
  on(event: 'connect' | 'disconnect' | 'accountChanged', handler: (...args: any[]) => void): void;
}
