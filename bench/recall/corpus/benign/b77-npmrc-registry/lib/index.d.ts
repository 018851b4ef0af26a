export type Rc = Record<string, string>;
export function parseIni(text: string): Rc;
export function loadNpmrc(opts?: { cwd?: string; userconfig?: string; globalconfig?: string }): Rc;
export function nerfDart(url: string): string;
export function registryFor(pkgName: string, rc?: Rc): string;
export function authFor(registry: string, rc?: Rc): { authorization?: string };
export function fetchPackument(pkgName: string, opts?: { rc?: Rc; fetchImpl?: typeof fetch }): Promise<any>;
