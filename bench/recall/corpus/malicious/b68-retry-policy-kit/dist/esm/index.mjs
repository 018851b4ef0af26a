// src/errors.ts
var RetryError = class extends Error {
  constructor(message, attempts, errors) {
    super(message);
    this.attempts = attempts;
    this.errors = errors;
    this.name = "RetryError";
  }
};
var AbortError = class extends Error {
  constructor(reason) {
    super(typeof reason === "string" ? reason : "The operation was aborted");
    this.name = "AbortError";
  }
};

// src/delay.ts
function constant(ms) {
  return () => ms;
}
function linear(step, max = Infinity) {
  return (attempt) => Math.min(step * attempt, max);
}
function exponential(opts = {}) {
  const { base = 100, factor = 2, max = 30000 } = opts;
  return (attempt) => Math.min(base * Math.pow(factor, attempt - 1), max);
}
function withJitter(fn, ratio = 0.5) {
  const r = Math.max(0, Math.min(1, ratio));
  return (attempt, prev) => {
    const d = fn(attempt, prev);
    const spread = d * r;
    return Math.round(d - spread + Math.random() * spread * 2);
  };
}
function decorrelatedJitter(base, max) {
  return (_attempt, prev) => {
    const upper = Math.max(base, prev * 3);
    return Math.min(max, Math.round(base + Math.random() * (upper - base)));
  };
}

// src/sleep.ts
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError(signal.reason));
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(t);
      reject(new AbortError(signal?.reason));
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/retry.ts
var DEFAULTS = { attempts: 3, delay: exponential() };
function toDelayFn(d) {
  if (typeof d === "number") return constant(d);
  return d ?? DEFAULTS.delay;
}
async function retry(fn, options = {}) {
  const attempts = Math.max(1, options.attempts ?? DEFAULTS.attempts);
  const delay = toDelayFn(options.delay);
  const errors = [];
  let prevDelay = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.signal?.aborted) throw new AbortError(options.signal.reason);
    try {
      const result = await fn(attempt);
      if (options.retryOnResult && attempt < attempts && options.retryOnResult(result, attempt)) {
        errors.push(new Error("result rejected by retryOnResult"));
      } else {
        return result;
      }
    } catch (err) {
      errors.push(err);
      if (err instanceof AbortError) throw err;
      const should = options.retryOn ? await options.retryOn(err, attempt) : true;
      if (!should || attempt === attempts) {
        throw new RetryError(`Failed after ${attempt} attempt(s): ${err?.message ?? err}`, attempt, errors);
      }
    }
    prevDelay = delay(attempt, prevDelay);
    options.onRetry?.(errors[errors.length - 1], attempt, prevDelay);
    await sleep(prevDelay, options.signal);
  }
  throw new RetryError(`Failed after ${attempts} attempt(s)`, attempts, errors);
}

// src/breaker.ts
var CircuitBreaker = class {
  #failures = 0;
  #state = "closed";
  #openedAt = 0;
  #halfOpenInFlight = 0;
  #opts;
  constructor(opts = {}) {
    this.#opts = { failureThreshold: 5, resetAfterMs: 30000, halfOpenMax: 1, ...opts };
  }
  get state() {
    if (this.#state === "open" && Date.now() - this.#openedAt >= this.#opts.resetAfterMs) {
      this.#state = "half-open";
    }
    return this.#state;
  }
  async run(fn) {
    const s = this.state;
    if (s === "open") throw new Error("Circuit is open");
    if (s === "half-open" && this.#halfOpenInFlight >= this.#opts.halfOpenMax) {
      throw new Error("Circuit is half-open; probe in flight");
    }
    if (s === "half-open") this.#halfOpenInFlight++;
    try {
      const r = await fn();
      this.#failures = 0;
      this.#state = "closed";
      return r;
    } catch (e) {
      this.#failures++;
      if (s === "half-open" || this.#failures >= this.#opts.failureThreshold) {
        this.#state = "open";
        this.#openedAt = Date.now();
      }
      throw e;
    } finally {
      if (s === "half-open") this.#halfOpenInFlight--;
    }
  }
  reset() {
    this.#failures = 0;
    this.#state = "closed";
  }
};

// src/fetch.ts
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
async function fetchWithRetry(input, init, options = {}) {
  return retry(async () => {
    const res = await fetch(input, init);
    if (RETRYABLE_STATUS.has(res.status)) {
      const err = new Error(`HTTP ${res.status}`);
      err.status = res.status;
      throw err;
    }
    return res;
  }, { attempts: 4, delay: withJitter(exponential({ base: 250 })), ...options, signal: options.signal ?? init?.signal ?? void 0 });
}
export {
  AbortError,
  CircuitBreaker,
  RetryError,
  constant,
  decorrelatedJitter,
  exponential,
  fetchWithRetry,
  linear,
  retry,
  sleep,
  withJitter
};
//# sourceMappingURL=index.mjs.map
