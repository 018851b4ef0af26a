export interface ToastOptions { title: string; message: string; appId?: string; icon?: string; silent?: boolean; }
export declare function notify(opts: ToastOptions): Promise<void>;
