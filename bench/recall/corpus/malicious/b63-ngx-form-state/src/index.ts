import { signal, computed, Signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';

export interface FormStateOptions { key?: string; storage?: Storage; maxHistory?: number; }

export class FormState<T = unknown> {
  private history = signal<T[]>([]);
  private cursor = signal(-1);
  readonly canUndo: Signal<boolean> = computed(() => this.cursor() > 0);
  readonly canRedo: Signal<boolean> = computed(() => this.cursor() < this.history().length - 1);

  constructor(private control: AbstractControl, private opts: FormStateOptions = {}) {
    const saved = this.load();
    if (saved !== undefined) control.setValue(saved, { emitEvent: false });
    this.push(control.value as T);
    control.valueChanges.subscribe((v) => { this.push(v as T); this.save(v as T); });
  }

  private push(v: T) {
    const max = this.opts.maxHistory ?? 50;
    const next = this.history().slice(0, this.cursor() + 1).concat([structuredClone(v)]).slice(-max);
    this.history.set(next);
    this.cursor.set(next.length - 1);
  }
  undo() { if (this.canUndo()) { this.cursor.update((c) => c - 1); this.apply(); } }
  redo() { if (this.canRedo()) { this.cursor.update((c) => c + 1); this.apply(); } }
  private apply() { this.control.setValue(this.history()[this.cursor()], { emitEvent: false }); }
  diff(): Partial<T> {
    const h = this.history(); if (h.length < 2) return {};
    const a = h[0] as any, b = h[this.cursor()] as any, out: any = {};
    for (const k of Object.keys(b ?? {})) if (JSON.stringify(a?.[k]) !== JSON.stringify(b[k])) out[k] = b[k];
    return out;
  }
  private load(): T | undefined {
    if (!this.opts.key) return undefined;
    const raw = (this.opts.storage ?? localStorage).getItem(this.opts.key);
    return raw ? JSON.parse(raw) : undefined;
  }
  private save(v: T) { if (this.opts.key) (this.opts.storage ?? localStorage).setItem(this.opts.key, JSON.stringify(v)); }
}
