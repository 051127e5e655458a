import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Runs an on-demand content script with arguments: first leaves `value` under `key` in the tab's
 * isolated world (the script takes it from there and deletes it), then runs `file` and returns
 * what its `main()` returned.
 */
export async function injectWithArguments(tabId: number, file: ScriptPublicPath, key: string, value: unknown): Promise<unknown> {
  const target = { tabId };
  await browser.scripting.executeScript({
    target,
    func: (k: string, v: unknown) => {
      (globalThis as unknown as Record<string, unknown>)[k] = v;
    },
    args: [key, value],
  });
  const [injection] = await browser.scripting.executeScript({ target, files: [file] });
  return injection?.result;
}
