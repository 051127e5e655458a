import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registrableDomains } from '@/lib/tab/domains';
import { answerDomains } from '@/lib/messages';
import { registrableDomain } from '@/lib/url/domain';

const ME = { id: 'ours', origin: 'chrome-extension://ours' };
const POPUP = { id: 'ours', url: 'chrome-extension://ours/popup.html?tab=3' };
const NAMES = ['https://blog.example.co.uk/post', 'www.example.com', 'user.github.io', '127.0.0.1', ''];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('registrable domains for the popup', () => {
  it('asks the background and returns its answer in order', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown, sender) => answerDomains(message, { ...sender, ...POPUP }, registrableDomain, ME));
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    expect(await registrableDomains(NAMES)).toEqual(['example.co.uk', 'example.com', 'user.github.io', '127.0.0.1', '']);
    expect(sent).toHaveBeenCalledOnce();
  });

  it('looks them up itself, with the same result, when the background cannot answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await registrableDomains(NAMES)).toEqual(NAMES.map(registrableDomain));
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: { domains: ['too few'] } }));
    expect(await registrableDomains(NAMES)).toEqual(NAMES.map(registrableDomain));
  });
});

describe('answerDomains', () => {
  it('answers our pages only, and only well-formed requests', async () => {
    await expect(answerDomains({ type: 'registrable-domains', names: ['a.b.example.org'] }, POPUP, registrableDomain, ME)).resolves.toEqual({ ok: true, value: { domains: ['example.org'] } });
    expect(answerDomains({ type: 'registrable-domains', names: ['a.org'] }, { id: 'ours', url: 'https://evil.example/' }, registrableDomain, ME)).toBeUndefined();
    expect(answerDomains({ type: 'registrable-domains', names: 'a.org' }, POPUP, registrableDomain, ME)).toBeUndefined();
    expect(answerDomains({ type: 'check-links' }, POPUP, registrableDomain, ME)).toBeUndefined();
  });
});
