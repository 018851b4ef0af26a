import { EventEmitter } from 'node:events';
import type { Finding, Verdict } from '../report/types.js';
import type { SkillRootSource } from './roots.js';

/** One JSON line of `clawguard skills watch` (shared/CONTRACT.md). */
export type SkillEventName = 'ready' | 'skill-added' | 'skill-changed' | 'skill-removed' | 'skill-blocked' | 'error';

export interface SkillEventSkill {
  name: string;
  dir: string;
  root: string;
}

export interface ReadyEvent {
  ts: string;
  event: 'ready';
  roots: { dir: string; source: SkillRootSource; exists: boolean }[];
  skills: number;
  allow: number;
  warn: number;
  block: number;
  quarantined: number;
  /** `native` (inotify/FSEvents) or `polling` (asked for, or fallen back to when watch handles ran out). */
  mode: 'native' | 'polling';
}

export interface SkillEvent {
  ts: string;
  event: 'skill-added' | 'skill-changed' | 'skill-removed' | 'skill-blocked';
  skill: SkillEventSkill;
  verdict?: Verdict;
  findings?: Finding[];
  /** skill-blocked: where the skill was moved (absent with --no-quarantine or when the move failed). */
  quarantine?: { id: string; dir: string };
}

export interface ErrorEvent {
  ts: string;
  event: 'error';
  code: string;
  message: string;
  skill?: SkillEventSkill;
  root?: string;
  /** Set when the watcher switched to polling because the OS ran out of watch handles. */
  fallback?: 'polling';
}

export type SkillWatchEvent = ReadyEvent | SkillEvent | ErrorEvent;

/**
 * The watcher's output: an EventEmitter (`'event'`, one SkillWatchEvent each) that is also an async
 * iterable. An iterator sees the events emitted after it was created, so attach it right after
 * `watchSkills()` returns (the watcher starts on the next tick).
 */
export class SkillEventStream extends EventEmitter implements AsyncIterable<SkillWatchEvent> {
  private ended = false;

  push(event: SkillWatchEvent): void {
    if (!this.ended) this.emit('event', event);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.emit('end');
  }

  [Symbol.asyncIterator](): AsyncIterator<SkillWatchEvent> {
    const queue: SkillWatchEvent[] = [];
    let wake: (() => void) | undefined;
    let done = this.ended;
    const onEvent = (e: SkillWatchEvent) => {
      queue.push(e);
      wake?.();
    };
    const onEnd = () => {
      done = true;
      wake?.();
    };
    this.on('event', onEvent);
    this.once('end', onEnd);
    const detach = () => {
      this.off('event', onEvent);
      this.off('end', onEnd);
    };
    return {
      next: async () => {
        while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (queue.length > 0) return { value: queue.shift() as SkillWatchEvent, done: false };
        detach();
        return { value: undefined, done: true };
      },
      return: async () => {
        detach();
        return { value: undefined, done: true };
      },
    };
  }
}
