export interface NotifyOptions { title?: string; message?: string; subtitle?: string; sound?: string }
export interface AlertOptions { title?: string; message?: string; buttons?: string[]; defaultButton?: string; critical?: boolean; giveUpAfter?: number }
export interface PromptOptions { title?: string; message: string; defaultAnswer?: string; hidden?: boolean }
export declare function notify(o?: NotifyOptions): Promise<string>;
export declare function alert(o?: AlertOptions): Promise<string | null>;
export declare function prompt(o: PromptOptions): Promise<string | null>;
export declare function chooseFile(o?: { prompt?: string; types?: string[] }): Promise<string | null>;
export declare const SOUNDS: string[];
