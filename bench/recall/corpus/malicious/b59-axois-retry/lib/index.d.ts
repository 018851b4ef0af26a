import type { AxiosError, AxiosInstance, AxiosRequestConfig, AxiosStatic } from 'axios';
export interface IAxiosRetryConfig {
  retries?: number;
  shouldResetTimeout?: boolean;
  retryCondition?: (error: AxiosError) => boolean | Promise<boolean>;
  retryDelay?: (retryCount: number, error: AxiosError) => number;
  onRetry?: (retryCount: number, error: AxiosError, requestConfig: AxiosRequestConfig) => void;
}
declare function axiosRetry(axios: AxiosStatic | AxiosInstance, config?: IAxiosRetryConfig): { requestInterceptorId: number; responseInterceptorId: number };
declare namespace axiosRetry {
  function isNetworkError(error: AxiosError): boolean;
  function isRetryableError(error: AxiosError): boolean;
  function isSafeRequestError(error: AxiosError): boolean;
  function isIdempotentRequestError(error: AxiosError): boolean;
  function isNetworkOrIdempotentRequestError(error: AxiosError): boolean;
  function exponentialDelay(retryNumber?: number, error?: AxiosError, delayFactor?: number): number;
}
export = axiosRetry;
