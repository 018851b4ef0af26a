/**
 * Report renderers (issue 3, "Verdicts and reports"): the one import the CLI and library callers need.
 *   renderText  — human output grouped by severity with remediation; colour only on a TTY without NO_COLOR
 *   renderSarif — SARIF 2.1.0 log object (validated against the official schema in test/report)
 *   renderHtml  — one self-contained HTML file, readable offline
 * Each takes one report or an array (a `skills scan` of several folders).
 */
export { renderText, colorWanted, type TextOptions } from './format-text.js';
export { renderSarif, sarifLevel, artifactUri, SARIF_SCHEMA_URI, type SarifOptions } from './format-sarif.js';
export { renderHtml, escapeHtml, type HtmlOptions } from './format-html.js';
export { loadRuleMetadata, type RuleMetadata } from './rule-metadata.js';
