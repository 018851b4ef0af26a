/**
 * `--print-config`'s timeout comes from a measurement (src/openclaw/print-config.ts): the floor of a cold
 * answer for OpenClaw's own tree on 2 cores, times a stated margin. The policy's own budget sits below it by
 * the start-up/exit headroom, and is what the printed command passes, so clawguard answers before OpenClaw
 * kills it. The hand-configured default (no --time-budget) stays below OpenClaw's own default of 10 s.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_TIME_BUDGET_MS } from '../../src/openclaw/policy/run-policy.js';
import {
  buildInstallPolicyConfig,
  MEASURED_COLD_TREE_FLOOR_MS,
  POLICY_EXIT_HEADROOM_MS,
  POLICY_TIME_BUDGET_MS,
  POLICY_TIMEOUT_MS,
  TIMEOUT_MARGIN,
} from '../../src/openclaw/print-config.js';

describe('the printed timeout', () => {
  test('is the measured floor times the margin, rounded up to 30 s, and no less', () => {
    expect(POLICY_TIMEOUT_MS).toBeGreaterThanOrEqual(MEASURED_COLD_TREE_FLOOR_MS * TIMEOUT_MARGIN);
    expect(POLICY_TIMEOUT_MS - MEASURED_COLD_TREE_FLOOR_MS * TIMEOUT_MARGIN).toBeLessThan(30_000);
    expect(POLICY_TIMEOUT_MS % 30_000).toBe(0);
    // The floor is above OpenClaw's default: the default cannot hold a first-seen tree of this size.
    expect(MEASURED_COLD_TREE_FLOOR_MS).toBeGreaterThan(10_000);
  });

  test('the policy budget it prints answers before OpenClaw kills the command', () => {
    expect(POLICY_TIME_BUDGET_MS).toBe(POLICY_TIMEOUT_MS - POLICY_EXIT_HEADROOM_MS);
    const { installPolicy } = buildInstallPolicyConfig({ nodePath: process.execPath, scriptPath: process.execPath });
    expect(installPolicy.exec.timeoutMs).toBe(POLICY_TIMEOUT_MS);
    const args = installPolicy.exec.args;
    expect(args[args.indexOf('--time-budget') + 1]).toBe(String(POLICY_TIME_BUDGET_MS));
  });

  test('without --time-budget the policy keeps to OpenClaw\'s own default of 10 s', () => {
    expect(DEFAULT_TIME_BUDGET_MS).toBeLessThan(10_000);
  });
});
