export interface EnvInfo { platform: NodeJS.Platform; wsl: boolean; wslVersion: 0 | 1 | 2; docker: boolean; podman: boolean; container: boolean; flatpak: boolean; snap: boolean }
export interface AppDirs { config: string; data: string; cache: string; log: string; env: EnvInfo }
export function appDirs(name: string, opts?: { windowsSideOnWsl?: boolean }): AppDirs;
export function detect(): EnvInfo;
