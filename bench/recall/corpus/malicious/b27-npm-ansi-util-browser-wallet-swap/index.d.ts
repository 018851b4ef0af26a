export interface Options { readonly onlyFirst?: boolean }
export default function ansiRegex(options?: Options): RegExp;
