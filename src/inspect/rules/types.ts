import type { Severity } from '../../report/types.js';
import type { FileKind } from '../signals.js';

/** Where a rule's signals must co-occur. */
export type RuleScope = 'file' | 'package' | 'install';

export interface SignalCondition {
  /** Every reference present. A reference is a signal id, `prefix.*`, and may end in `@decoded` or `@install`. */
  all?: string[];
  /** At least one present. */
  any?: string[];
}

export interface Rule {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  specificity: 'low' | 'medium' | 'high';
  /** Target kinds the rule runs on. */
  appliesTo: Array<'package' | 'skill'>;
  remediation: string;
  references: string[];
  /** Finding message; defaults to the title. */
  message?: string;
  /** Set on metadata-only rules: the pipeline stage (src/<stage>) that emits this finding; such rules have no `match`. */
  emittedBy?: 'unpack' | 'tree' | 'install' | 'skills' | 'policy' | 'emulate';
  /** Absent exactly when `emittedBy` is set: the evaluator skips stage rules. */
  match?: RuleMatch;
  /** Raise severity when more evidence co-occurs in the same scope. */
  escalate?: Array<SignalCondition & { severity: Severity }>;
  /** Lower severity when the target shows this context anywhere (e.g. a security write-up quoting attacks). */
  downgrade?: Array<SignalCondition & { severity: Severity }>;
  /** Behaviour rules: a predicate over effects and flows (src/inspect/effects). */
  effects?: EffectsMatch;
  /** Behaviour rules: severity by co-occurring effects or reach; the last matching entry wins. */
  adjust?: Array<{ severity: Severity; with?: EffectPattern[]; reach?: ValueSet }>;
  /** File the rule was loaded from (for errors and docs). */
  source?: string;
}

export type RuleMatch = SignalCondition & {
    scope: RuleScope;
    /** None of these anywhere in the target (package or skill). */
    none?: string[];
    /** Only signals from files of these kinds count. */
    kinds?: FileKind[];
    /** File scope only: the other signals must lie within this many lines of the anchor (bundles mix unrelated code). */
    within?: number;
    /** One finding for the whole target listing every match, instead of one per location. */
    aggregate?: boolean;
};

export type ValueSet = string[] | { not: string[] };

export interface EffectPattern {
  kind?: ValueSet;
  /** Matches the effect's secret class or any class it carries. */
  secret?: ValueSet;
  hostClass?: ValueSet;
  channel?: ValueSet;
  origin?: ValueSet;
  location?: ValueSet;
  mechanism?: ValueSet;
  instruct?: ValueSet;
  lang?: ValueSet;
  reach?: ValueSet;
  decoded?: boolean;
  impersonates?: boolean;
  /** A decryption whose key is derived from the project that loads the code (Effect.keyedOn). */
  keyed?: boolean;
  /** Seen only where the code's check of the user's region opened it (Effect.gatedOn). */
  gated?: boolean;
  /** Code run inside the calling process (Effect.inProcess). */
  inProcess?: boolean;
}

export interface EffectsMatch {
  flow?: { from: EffectPattern; to: EffectPattern };
  effect?: EffectPattern;
  with?: EffectPattern[];
  without?: EffectPattern[];
  minCount?: number;
}
