import { Window } from 'happy-dom';

/**
 * A Document parsed from HTML as if served at `url`, so relative links and `<base href>`
 * resolve as they do in a browser.
 */
export function docAt(url: string, html: string): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true } } });
  win.document.write(html);
  return win.document as unknown as Document;
}
