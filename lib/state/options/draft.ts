import { settingsSchema, type Settings } from '@/lib/schemas/settings';

/** The options form as the user types it: lists are one entry per line. */
export interface SettingsDraft {
  ownDomains: string;
  keywords: string;
  perHostConcurrency: string;
  minGapMs: string;
  globalConcurrency: string;
  timeoutSeconds: string;
  urlBudgetSeconds: string;
  hopLimit: string;
  cacheTtlHours: string;
  exclusions: string;
  allowPrivateNetwork: boolean;
  allowOneClickLinks: boolean;
  myName: string;
  mySite: string;
  gmailAccount: string;
  outlook: 'office' | 'live';
}

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

const lines = (text: string) => text.split(/[\n,]/).map((l) => l.trim()).filter(Boolean);

export function toDraft(s: Settings): SettingsDraft {
  return {
    ownDomains: s.ownDomains.join('\n'),
    keywords: s.keywords.join('\n'),
    perHostConcurrency: String(s.checker.perHostConcurrency),
    minGapMs: String(s.checker.minGapMs),
    globalConcurrency: String(s.checker.globalConcurrency),
    timeoutSeconds: String(s.checker.timeoutMs / 1000),
    urlBudgetSeconds: String(s.checker.urlBudgetMs / 1000),
    hopLimit: String(s.checker.hopLimit),
    cacheTtlHours: String(s.checker.cacheTtlHours),
    exclusions: s.checker.exclusions.join('\n'),
    allowPrivateNetwork: s.checker.allowPrivateNetwork,
    allowOneClickLinks: s.checker.allowOneClickLinks,
    ...s.outreach,
  };
}

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** Validates a draft. Errors are keyed by draft field so the form can show them in place. */
export function fromDraft(d: SettingsDraft): { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<keyof SettingsDraft, string>> } {
  const parsed = settingsSchema.safeParse({
    ownDomains: lines(d.ownDomains),
    keywords: lines(d.keywords),
    checker: {
      perHostConcurrency: num(d.perHostConcurrency),
      minGapMs: num(d.minGapMs),
      globalConcurrency: num(d.globalConcurrency),
      timeoutMs: Math.round(num(d.timeoutSeconds) * 1000),
      urlBudgetMs: Math.round(num(d.urlBudgetSeconds) * 1000),
      hopLimit: num(d.hopLimit),
      cacheTtlHours: num(d.cacheTtlHours),
      exclusions: d.exclusions.split('\n').map((l) => l.trim()).filter(Boolean),
      allowPrivateNetwork: d.allowPrivateNetwork,
      allowOneClickLinks: d.allowOneClickLinks,
    },
    outreach: { myName: d.myName, mySite: d.mySite, gmailAccount: d.gmailAccount, outlook: d.outlook },
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Partial<Record<keyof SettingsDraft, string>> = {};
  const domainsIn = lines(d.ownDomains);
  for (const issue of parsed.error.issues) {
    const [head, second, third] = issue.path;
    let field: keyof SettingsDraft;
    let message = issue.message;
    if (head === 'ownDomains') {
      field = 'ownDomains';
      if (typeof second === 'number') message = `"${domainsIn[second] ?? ''}" ${issue.message}`;
    } else if (head === 'keywords') field = 'keywords';
    else if (second === 'timeoutMs') {
      field = 'timeoutSeconds';
      message = 'Enter a timeout between 1 and 60 seconds';
    } else if (second === 'urlBudgetMs') {
      field = 'urlBudgetSeconds';
      message = 'Enter a time between 1 and 120 seconds';
    } else if (second === 'exclusions') {
      field = 'exclusions';
      if (typeof third === 'number') message = `Line ${third + 1}: ${issue.message}`;
    } else field = (second as keyof SettingsDraft) ?? 'ownDomains';
    if (issue.code === 'invalid_type' && head === 'checker') message = 'Enter a number';
    if ((issue.code === 'too_small' || issue.code === 'too_big') && head === 'checker' && second !== 'timeoutMs' && second !== 'urlBudgetMs') {
      const { minimum, maximum } = issue as { minimum?: number | bigint; maximum?: number | bigint };
      message = minimum !== undefined ? `Must be at least ${minimum}` : `Must be at most ${maximum}`;
    }
    errors[field] ??= message;
  }
  return { ok: false, errors };
}
