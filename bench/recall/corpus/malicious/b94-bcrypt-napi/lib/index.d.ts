export function genSaltSync(rounds?: number): string;
export function hashSync(password: string, saltOrRounds?: string | number): string;
export function compareSync(password: string, hash: string): boolean;
export function genSalt(rounds?: number): Promise<string>;
export function hash(password: string, saltOrRounds?: string | number): Promise<string>;
export function compare(password: string, hash: string): Promise<boolean>;
