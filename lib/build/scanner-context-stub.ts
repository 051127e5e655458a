/**
 * Build-time stand-in for WXT's ContentScriptContext, used only in the scanner bundle
 * (see wxt.config.ts). The scanner's main() ignores its context; the real class pulls the
 * whole webextension polyfill into a script that is injected into every scanned page, and
 * injection time is dominated by bundle size.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
