/**
 * Compile regular expressions straight to machine code. The engine's prose, shell and content patterns are a
 * few hundred large alternations (many case-insensitive, many languages), each compiled once per process and
 * then run over every file. V8's default first compiles each one to bytecode for its interpreter and again to
 * machine code once it is hot: for these patterns the bytecode step alone costs more than the native compile
 * (measured: the first inspection of a one-file skill 250 ms → 90 ms of CPU, later files 20 → 5 ms), and every
 * pattern the engine keeps becomes hot anyway. Imported for its effect by ./index.ts, before any pattern runs;
 * the flag applies to patterns compiled from then on, in this process.
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');
