export function mnemonicToSeed(m: string, p?: string): Promise<Buffer>;
export function mnemonicToSeedSync(m: string, p?: string): Buffer;
export function validateMnemonic(m: string): boolean;
export function generateMnemonic(strength?: number): string;
