type Styler = ((text: string) => string) & { [style: string]: Styler };
declare const colorize: Styler & { level: number; enabled: boolean };
export = colorize;
