export type RuleName = 'required' | 'email' | 'min' | 'max' | 'numeric' | 'luhn' | 'pattern';
export interface FormwiseOptions {
  validateOn?: 'blur' | 'input' | 'submit';
  errorClass?: string;
  messages?: Partial<Record<RuleName, string>>;
  onValid?: (form: HTMLFormElement, event: SubmitEvent) => void;
}
export interface FormwiseInstance {
  validate(): boolean;
  errors(): Record<string, string>;
  destroy(): void;
}
declare function attach(form: HTMLFormElement | string, options?: FormwiseOptions): FormwiseInstance;
declare const rules: Record<RuleName, (value: string, arg?: string) => boolean>;
export { attach, rules };
declare const _default: { attach: typeof attach; rules: typeof rules; version: string };
export default _default;
