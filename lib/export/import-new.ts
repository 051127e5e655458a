import type { Prospect } from '@/lib/schemas/prospect';
import { prospectSchema } from '@/lib/schemas/prospect';
import { registrableDomain } from '@/lib/url/domain';
import { RowError, type RowFields } from '@/lib/export/import-row';

/** A prospect made from a file's rows, with defaults for what the file does not say. */
export function newProspect(fields: Omit<RowFields, 'campaign'>, campaignId: string | null, id: string, now: number): Prospect {
  const { siteOnly: _siteOnly, stage: _stage, siteName, ...rest } = fields;
  const parsed = prospectSchema.safeParse({
    opportunityType: 'other', status: 'new', tags: [], contacts: [], brokenLinks: [], linksToMySite: [],
    relevance: 0, spamScore: 0, spamSignals: [], toxic: false, notes: '', followUpAt: null, createdAt: now, updatedAt: now, history: [],
    ...rest, id, title: rest.title || siteName || '', campaignId, domain: registrableDomain(fields.url),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RowError(`${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`);
}
