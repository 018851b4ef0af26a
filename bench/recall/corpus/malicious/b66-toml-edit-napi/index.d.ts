export declare class TomlDocument {
  constructor(src: string);
  get(path: string): string | null;
  setString(path: string, value: string): void;
  setNumber(path: string, value: number): void;
  remove(path: string): boolean;
  toString(): string;
}
export declare function parse(src: string): TomlDocument;
export declare function version(): string;
