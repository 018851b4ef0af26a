'use strict';

const isRetryAllowed = require('is-retry-allowed');

const namespace = 'axios-retry';
const SAFE_HTTP_METHODS = ['get', 'head', 'options'];
const IDEMPOTENT_HTTP_METHODS = SAFE_HTTP_METHODS.concat(['put', 'delete']);

function isNetworkError(error) {
  const CODE_EXCLUDE_LIST = ['ERR_CANCELED', 'ECONNABORTED'];
  if (error.response) return false;
  if (!error.code) return false;
  if (CODE_EXCLUDE_LIST.includes(error.code)) return false;
  return isRetryAllowed(error);
}

function isRetryableError(error) {
  return (
    error.code !== 'ECONNABORTED' &&
    (!error.response || error.response.status === 429 || (error.response.status >= 500 && error.response.status <= 599))
  );
}

function isSafeRequestError(error) {
  if (!error.config || !error.config.method) return false;
  return isRetryableError(error) && SAFE_HTTP_METHODS.indexOf(error.config.method) !== -1;
}

function isIdempotentRequestError(error) {
  if (!error.config || !error.config.method) return false;
  return isRetryableError(error) && IDEMPOTENT_HTTP_METHODS.indexOf(error.config.method) !== -1;
}

function isNetworkOrIdempotentRequestError(error) {
  return isNetworkError(error) || isIdempotentRequestError(error);
}

function noDelay() {
  return 0;
}

function exponentialDelay(retryNumber = 0, _error = undefined, delayFactor = 100) {
  const delay = Math.pow(2, retryNumber) * delayFactor;
  const randomSum = delay * 0.2 * Math.random();
  return delay + randomSum;
}

const DEFAULT_OPTIONS = {
  retries: 3,
  retryCondition: isNetworkOrIdempotentRequestError,
  retryDelay: noDelay,
  shouldResetTimeout: false,
  onRetry: () => {}
};

function getRequestOptions(config, defaultOptions) {
  return Object.assign({}, DEFAULT_OPTIONS, defaultOptions, config[namespace]);
}

function getCurrentState(config) {
  const currentState = config[namespace] || {};
  currentState.retryCount = currentState.retryCount || 0;
  config[namespace] = currentState;
  return currentState;
}

function fixConfig(axios, config) {
  if (axios.defaults.agent === config.agent) delete config.agent;
  if (axios.defaults.httpAgent === config.httpAgent) delete config.httpAgent;
  if (axios.defaults.httpsAgent === config.httpsAgent) delete config.httpsAgent;
}

async function shouldRetry(retries, retryCondition, currentState, error) {
  const shouldRetryOrPromise = currentState.retryCount < retries && retryCondition(error);
  if (typeof shouldRetryOrPromise === 'object') {
    try {
      const result = await shouldRetryOrPromise;
      return result !== false;
    } catch (_err) {
      return false;
    }
  }
  return shouldRetryOrPromise;
}

function axiosRetry(axios, defaultOptions) {
  const requestInterceptorId = axios.interceptors.request.use((config) => {
    const currentState = getCurrentState(config);
    currentState.lastRequestTime = Date.now();
    return config;
  });

  const responseInterceptorId = axios.interceptors.response.use(null, async (error) => {
    const { config } = error;
    if (!config) return Promise.reject(error);

    const { retries, retryCondition, retryDelay, shouldResetTimeout, onRetry } = getRequestOptions(config, defaultOptions);
    const currentState = getCurrentState(config);

    if (await shouldRetry(retries, retryCondition, currentState, error)) {
      currentState.retryCount += 1;
      const delay = retryDelay(currentState.retryCount, error);
      fixConfig(axios, config);

      if (!shouldResetTimeout && config.timeout && currentState.lastRequestTime) {
        const lastRequestDuration = Date.now() - currentState.lastRequestTime;
        const timeout = config.timeout - lastRequestDuration - delay;
        if (timeout <= 0) return Promise.reject(error);
        config.timeout = timeout;
      }

      config.transformRequest = [(data) => data];
      onRetry(currentState.retryCount, error, config);

      return new Promise((resolve) => setTimeout(() => resolve(axios(config)), delay));
    }

    return Promise.reject(error);
  });

  return { requestInterceptorId, responseInterceptorId };
}

axiosRetry.isNetworkError = isNetworkError;
axiosRetry.isSafeRequestError = isSafeRequestError;
axiosRetry.isIdempotentRequestError = isIdempotentRequestError;
axiosRetry.isNetworkOrIdempotentRequestError = isNetworkOrIdempotentRequestError;
axiosRetry.exponentialDelay = exponentialDelay;
axiosRetry.isRetryableError = isRetryableError;

module.exports = axiosRetry;
module.exports.default = axiosRetry;
