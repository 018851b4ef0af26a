declare function ansiRegex(options?: { onlyFirst?: boolean }): RegExp;
declare namespace ansiRegex {
  function stripAnsi(s: string): string;
  function hasAnsi(s: string): boolean;
  function ansiLength(s: string): number;
  function truncateAnsi(s: string, width: number, ellipsis?: string): string;
}
export = ansiRegex;
