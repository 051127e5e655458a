import type { Prospect } from '@/lib/schemas/prospect';
import { prospectSchema } from '@/lib/schemas/prospect';
import { buildProspect } from '@/lib/db/prospect-new';
import { RowError, type RowFields } from '@/lib/export/import-row';

/**
 * A prospect made from a file's rows by the one prospect builder (lib/db/prospect-new.ts), which
 * fills what the file does not say; the file's own dates are kept. The result is checked against
 * the schema, so a bad value rejects its rows with the field named.
 */
export function newProspect(fields: Omit<RowFields, 'campaign'>, campaignId: string | null, id: string, now: number): Prospect {
  const { siteOnly: _siteOnly, stage: _stage, siteName, url, normalizedUrl: _key, id: _fileId, createdAt, updatedAt, ...rest } = fields;
  const built = buildProspect(url, { ...rest, title: rest.title || siteName, campaignId }, { id, now, createdAt, updatedAt });
  if (!built) throw new RowError(`"${url}" is not an http(s) URL`);
  const parsed = prospectSchema.safeParse(built);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RowError(`${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`);
}
