export type ClassValue = string | null | undefined | false | ClassValue[] | Record<string, boolean>;
export declare function cx(...args: ClassValue[]): string;
export declare function tv(cfg: {
  base?: string;
  variants?: Record<string, Record<string, string>>;
  defaultVariants?: Record<string, string | boolean>;
  compoundVariants?: Array<Record<string, unknown> & { class?: string; className?: string }>;
}): (props?: Record<string, unknown> & { class?: string; className?: string }) => string;
