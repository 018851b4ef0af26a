import { NativeModules, Platform } from 'react-native';

const { HapticKit } = NativeModules;

export const ImpactStyle = { Light: 'light', Medium: 'medium', Heavy: 'heavy', Rigid: 'rigid', Soft: 'soft' };
export const NotificationType = { Success: 'success', Warning: 'warning', Error: 'error' };

function ensure() {
  if (!HapticKit) throw new Error('react-native-haptic-kit: native module not linked. Rebuild the app.');
}

export function impact(style = ImpactStyle.Medium) {
  ensure();
  return HapticKit.impact(style);
}

export function notification(type = NotificationType.Success) {
  ensure();
  return HapticKit.notification(type);
}

export function selection() {
  ensure();
  return HapticKit.selection();
}

/** pattern: array of [durationMs, amplitude 0-255] pairs (amplitude ignored on iOS) */
export function pattern(steps) {
  ensure();
  if (!Array.isArray(steps) || !steps.length) throw new TypeError('pattern expects a non-empty array');
  const timings = steps.map((s) => Math.max(0, s[0] | 0));
  const amps = steps.map((s) => Math.min(255, Math.max(0, s[1] ?? 255)));
  return Platform.OS === 'android' ? HapticKit.waveform(timings, amps) : HapticKit.sequence(timings);
}
