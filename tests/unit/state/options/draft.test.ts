import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings, toDomain } from '@/lib/schemas/settings';
import { fromDraft, toDraft } from '@/lib/state/options/draft';

const draft = (patch = {}) => ({ ...toDraft(DEFAULT_SETTINGS), ...patch });

describe('toDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/path?q=1', 'example.com'],
    ['  WWW.example.co.uk  ', 'example.co.uk'],
    ['blog.example.com', 'blog.example.com'],
    ['', ''],
  ])('%j → %j', (input, out) => expect(toDomain(input)).toBe(out));
});

describe('fromDraft', () => {
  it('normalises and dedupes domains and keywords', () => {
    const r = fromDraft(draft({ ownDomains: 'https://www.a.com/x\na.com\nb.org', keywords: ' Bee  Keeping \nbee keeping\nhives' }));
    expect(r.ok && r.settings.ownDomains).toEqual(['a.com', 'b.org']);
    expect(r.ok && r.settings.keywords).toEqual(['bee keeping', 'hives']);
  });

  it.each([
    [{ ownDomains: 'ok.com\nnot a domain' }, 'ownDomains', '"not a domain" is not a domain name'],
    [{ timeoutSeconds: '0' }, 'timeoutSeconds', 'Enter a timeout between 1 and 60 seconds'],
    [{ perHostConcurrency: '9' }, 'perHostConcurrency', 'Must be at most 6'],
    [{ minGapMs: '' }, 'minGapMs', 'Enter a number'],
    [{ hopLimit: 'abc' }, 'hopLimit', 'Enter a number'],
    [{ keywords: 'x'.repeat(61) }, 'keywords', 'Keep each keyword under 60 characters'],
  ])('%j is refused on %s', (patch, field, message) => {
    const r = fromDraft(draft(patch));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field as keyof typeof r.errors]).toBe(message);
  });

  it('round-trips the defaults', () => {
    const r = fromDraft(draft());
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});

describe('parseStoredSettings', () => {
  it('keeps valid parts and resets invalid ones, saying so', () => {
    const { settings, problems } = parseStoredSettings({ ownDomains: ['good.com'], keywords: 'not-a-list', checker: { timeoutMs: 5 } });
    expect(settings.ownDomains).toEqual(['good.com']);
    expect(settings.keywords).toEqual([]);
    expect(settings.checker).toEqual(DEFAULT_SETTINGS.checker);
    expect(problems).toHaveLength(2);
  });

  it('turns the one-click opt-in off alone when its stored value is not a yes or no', () => {
    const { settings, problems } = parseStoredSettings({ checker: { ...DEFAULT_SETTINGS.checker, timeoutMs: 20_000, allowOneClickLinks: 'yes' } });
    expect(settings.checker).toEqual({ ...DEFAULT_SETTINGS.checker, timeoutMs: 20_000, allowOneClickLinks: false });
    expect(problems).toEqual(['The stored choice about one-click links with a token was invalid: they are not checked.']);
    expect(parseStoredSettings({ checker: { allowOneClickLinks: true } }).settings.checker.allowOneClickLinks).toBe(true);
  });

  it('gives defaults for nothing stored, without problems', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});
describe('outreach settings', () => {
  it('stores a bare site as an https address and checks the Gmail account', () => {
    const ok = fromDraft(draft({ myName: ' Sam ', mySite: 'sam.example', gmailAccount: '1' }));
    expect(ok.ok && ok.settings.outreach).toEqual({ myName: 'Sam', mySite: 'https://sam.example', gmailAccount: '1', outlook: 'office' });
    const bad = fromDraft(draft({ gmailAccount: 'second', mySite: 'https://' }));
    expect(!bad.ok && bad.errors.gmailAccount).toContain('Enter a number');
    expect(!bad.ok && bad.errors.mySite).toContain('Enter your site');
  });

  it('falls back to defaults for stored outreach settings that are invalid', () => {
    const { settings, problems } = parseStoredSettings({ outreach: { gmailAccount: 'x y' } });
    expect(settings.outreach).toEqual(DEFAULT_SETTINGS.outreach);
    expect(problems[0]).toContain('outreach settings');
  });
});
