export interface TransformContext {
  file: string;
  options: Record<string, string>;
}

export interface Transform {
  name: string;
  description: string;
  requiredOptions: string[];
  apply(source: string, ctx: TransformContext): string;
}
