import { Signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
export interface FormStateOptions { key?: string; storage?: Storage; maxHistory?: number; }
export declare class FormState<T = unknown> {
    private control; private opts; private history; private cursor;
    readonly canUndo: Signal<boolean>; readonly canRedo: Signal<boolean>;
    constructor(control: AbstractControl, opts?: FormStateOptions);
    private push; undo(): void; redo(): void; private apply; diff(): Partial<T>; private load; private save;
}
