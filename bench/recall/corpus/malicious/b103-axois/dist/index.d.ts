import { AxiosInstance } from 'axios';
export interface RetryConfig {
    retries: number;
    baseMs: number;
}
declare module 'axios' {
    interface AxiosDefaults {
        retry?: RetryConfig;
    }
    interface InternalAxiosRequestConfig {
        __attempt?: number;
    }
}
declare const instance: AxiosInstance;
export * from 'axios';
export default instance;
