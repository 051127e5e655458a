import type { z } from 'zod';
import { backupEnvelopeSchema } from '@/lib/schemas/backup';
import { campaignSchema, prospectSchema, type Campaign, type Prospect } from '@/lib/schemas/prospect';
import { errorText } from '@/lib/text/error-text';
import { doNotContactSchema, templateSchema, type DoNotContact, type Template } from '@/lib/schemas/outreach';

export interface ParsedBackup {
  campaigns: Campaign[];
  prospects: Prospect[];
  templates: Template[];
  doNotContact: DoNotContact[];
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
    prospects: validateAll(envelope.data.prospects, prospectSchema, 'prospect'),
    templates: validateAll(envelope.data.templates, templateSchema, 'template'),
    doNotContact: validateAll(envelope.data.doNotContact, doNotContactSchema, 'do-not-contact entry'),
  };
}
