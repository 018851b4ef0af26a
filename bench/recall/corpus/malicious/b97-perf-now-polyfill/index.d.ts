export function now(): number;
export function install(target?: object): { now(): number };
export const timeOrigin: number;
