import type { z } from 'zod';
import { backupEnvelopeSchema } from '@/lib/schemas/backup';
import { campaignSchema, prospectSchema, type Campaign, type Prospect } from '@/lib/schemas/prospect';
import { errorText } from '@/lib/text/error-text';
import { registrableDomain } from '@/lib/url/domain';
import { normalizeUrl } from '@/lib/url/normalize';
import { doNotContactSchema, sendLogSchema, templateSchema, type DoNotContact, type SendLogEntry, type Template } from '@/lib/schemas/outreach';

export interface ParsedBackup {
  campaigns: Campaign[];
  prospects: Prospect[];
  templates: Template[];
  doNotContact: DoNotContact[];
  sendLog: SendLogEntry[];
}

/** A backup that cannot be restored; the message names the first bad record and field. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function validateAll<T>(records: readonly unknown[], schema: z.ZodType<T>, label: string): T[] {
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const id = typeof record === 'object' && record !== null && 'id' in record ? ` (id ${String(record.id)})` : '';
    throw new BackupError(`This backup cannot be restored: ${label} #${index + 1}${id} is invalid — ${describeIssue(result.error)}. Nothing was changed.`);
  });
}

/**
 * The fields computed from the URL are computed again, never taken from the file: a restored
 * `normalizedUrl` that does not match its URL would let the same page be saved twice later.
 */
function withDerivedFields(prospect: Prospect, index: number): Prospect {
  const normalizedUrl = normalizeUrl(prospect.url);
  if (!normalizedUrl) throw new BackupError(`This backup cannot be restored: prospect #${index + 1} (id ${prospect.id}) has no usable web address. Nothing was changed.`);
  return { ...prospect, normalizedUrl, domain: registrableDomain(prospect.url) };
}

/** Parses and validates a whole backup; throws BackupError before anything is written. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BackupError(`This file is not a Linkscout backup: it is not valid JSON (${errorText(error)}).`);
  }
  const envelope = backupEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new BackupError(`This file is not a Linkscout backup this version can read — ${describeIssue(envelope.error)}.`);
  }
  return {
    campaigns: validateAll(envelope.data.campaigns, campaignSchema, 'campaign'),
    prospects: validateAll(envelope.data.prospects, prospectSchema, 'prospect').map(withDerivedFields),
    templates: validateAll(envelope.data.templates, templateSchema, 'template'),
    doNotContact: validateAll(envelope.data.doNotContact, doNotContactSchema, 'do-not-contact entry'),
    sendLog: validateAll(envelope.data.sendLog, sendLogSchema, 'sent e-mail'),
  };
}
