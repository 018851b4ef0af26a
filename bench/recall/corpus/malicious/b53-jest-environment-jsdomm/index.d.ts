import type { EnvironmentContext, JestEnvironment, JestEnvironmentConfig } from '@jest/environment';
export default class JSDOMEnvironment implements JestEnvironment<number> {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext);
  setup(): Promise<void>;
  teardown(): Promise<void>;
  exportConditions(): string[];
  getVmContext(): import('vm').Context | null;
  global: any; fakeTimers: any; fakeTimersModern: any; moduleMocker: any;
}
export { JSDOMEnvironment as TestEnvironment };
