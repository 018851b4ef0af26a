export interface AppDirs { config: string; data: string; cache: string; log: string; state: string; temp: string }
export interface Options { vendor?: string; version?: string; suffix?: string }
declare function appdirs(name: string, opts?: Options): AppDirs;
export = appdirs;
