import { useEffect, useRef, useCallback } from 'react';
import { parse, matches, type Chord } from 'keybind-parser';

export interface HotkeyOptions {
  scope?: string;
  enableOnFormTags?: boolean;
  preventDefault?: boolean;
  sequenceTimeout?: number;
  enabled?: boolean;
}

const activeScopes = new Set<string>(['*']);

export function enableScope(scope: string) { activeScopes.add(scope); }
export function disableScope(scope: string) { activeScopes.delete(scope); }

function isFormTarget(t: EventTarget | null) {
  const el = t as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function useHotkeys(keys: string, handler: (e: KeyboardEvent) => void, opts: HotkeyOptions = {}) {
  const { scope = '*', enableOnFormTags = false, preventDefault = true, sequenceTimeout = 1000, enabled = true } = opts;
  const cb = useRef(handler);
  cb.current = handler;
  const seq = useRef<{ step: number; at: number }>({ step: 0, at: 0 });

  const chords = useCallback(() => keys.split(',').map((k) => k.trim().split(/\s+then\s+|\s+/).map(parse)), [keys]);

  useEffect(() => {
    if (!enabled) return;
    const combos: Chord[][] = chords();
    const onKey = (e: KeyboardEvent) => {
      if (!activeScopes.has(scope)) return;
      if (!enableOnFormTags && isFormTarget(e.target)) return;
      const now = Date.now();
      if (now - seq.current.at > sequenceTimeout) seq.current.step = 0;
      for (const combo of combos) {
        const want = combo[seq.current.step] ?? combo[0];
        if (matches(want, e)) {
          if (seq.current.step + 1 >= combo.length) {
            if (preventDefault) e.preventDefault();
            seq.current.step = 0;
            cb.current(e);
          } else {
            seq.current.step += 1;
            seq.current.at = now;
          }
          return;
        }
      }
      seq.current.step = 0;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chords, scope, enableOnFormTags, preventDefault, sequenceTimeout, enabled]);
}
