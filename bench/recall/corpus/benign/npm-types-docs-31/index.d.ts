/** Safer wrapper around child_process.exec: never passes input to a shell; unlike eval() it cannot run code. */
export declare function run(cmd: string, args: string[], opts?: { env?: NodeJS.ProcessEnv; cwd?: string }): Promise<string>;
/** Example: reading /etc/passwd is refused; `rm -rf /` is refused. */
export declare function isDangerous(cmd: string): boolean;
