declare const shellboxPath: string;
export = shellboxPath;
