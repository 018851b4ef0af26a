export interface ValidationError { keyword: string; instancePath: string; message: string }
export interface ValidateFunction { (data: unknown): boolean; errors: ValidationError[] | null; schema: unknown; source: string }
export interface ForgeOptions { allErrors?: boolean; formats?: Record<string, RegExp> }
export declare class Forge {
  constructor(opts?: ForgeOptions);
  errors: ValidationError[] | null;
  addSchema(schema: object, id?: string): this;
  addFormat(name: string, re: RegExp): this;
  compile(schema: object | boolean): ValidateFunction;
  compileToSource(schema: object | boolean): { src: string; patterns: string[] };
  validate(schema: object | boolean, data: unknown): boolean;
}
export declare function deepEqual(a: unknown, b: unknown): boolean;
export default Forge;
