export interface FieldResult { valid: boolean; message?: string }
export interface Options {
  live?: boolean;
  messages?: Record<string, string>;
  onSubmit?: (values: Record<string, string>, form: HTMLFormElement) => void | Promise<void>;
}
export declare function luhn(value: string): boolean;
export declare function expiry(value: string, now?: Date): boolean;
export declare function iban(value: string): boolean;
export declare function passwordScore(value: string): 0 | 1 | 2 | 3 | 4;
export declare function bind(form: HTMLFormElement, options?: Options): { validate(): boolean; unbind(): void };
