import type { Plugin } from 'vite'
export interface BannerOptions {
  /** Template with {VITE_*}, {version}, {commit}, {tag}, {date}, {mode} placeholders */
  banner?: string
  /** Name of the global constant defined with build info (default __BUILD_INFO__) */
  infoGlobal?: string
  /** Warn when client code references secret-looking env names (default true) */
  warnOnSecretRefs?: boolean
}
export declare function fillTemplate(tpl: string, vars: Record<string, unknown>): string
export default function buildBanner(opts?: BannerOptions): Plugin
