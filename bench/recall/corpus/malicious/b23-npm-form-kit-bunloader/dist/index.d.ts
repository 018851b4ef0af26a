export type Rules = { required?: boolean; email?: boolean; minLength?: number; maxLength?: number; pattern?: RegExp };
export declare function validate(v: unknown, rules: Rules, msgs?: Record<string, string>): string | null;
export declare function useForm<T extends Record<string, unknown>>(initial: T, schema: Partial<Record<keyof T, Rules>>, msgs?: Record<string, string>): {
  values: T; errors: Partial<Record<keyof T, string | null>>; set: (k: keyof T, v: unknown) => void; submit: (fn: (v: T) => unknown) => (ev?: Event) => unknown;
};
