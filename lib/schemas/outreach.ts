import { z } from 'zod';
import { epochMsSchema, opportunityTypeSchema } from '@/lib/schemas/prospect';

/** Longest subject and body a template step may hold (a cold e-mail is far shorter). */
export const MAX_SUBJECT = 300;
export const MAX_BODY = 10_000;

/** One e-mail of a sequence; `waitDays` is how long to wait after sending it before the next step. */
export const templateStepSchema = z.object({
  subject: z.string().max(MAX_SUBJECT),
  body: z.string().max(MAX_BODY),
  waitDays: z.number().int().min(0).max(365),
});

export const templateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  opportunityType: opportunityTypeSchema,
  steps: z.array(templateStepSchema).min(1).max(10),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const doNotContactKindSchema = z.enum(['domain', 'email']);

/** A domain (covers its subdomains) or an exact address the user will not contact. */
export const doNotContactSchema = z.object({
  id: z.string().min(1),
  kind: doNotContactKindSchema,
  value: z.string().min(1).max(320),
  reason: z.string().max(500),
  createdAt: z.number(),
});

export const composeRouteSchema = z.enum(['gmail', 'outlook', 'mailto', 'copy']);

/** One e-mail the user marked as sent from Linkscout. */
export const sendLogSchema = z.object({
  id: z.string().min(1),
  prospectId: z.string().min(1),
  templateId: z.string().min(1),
  templateName: z.string(),
  /** Zero-based step of the template's sequence. */
  step: z.number().int().min(0),
  to: z.string(),
  route: composeRouteSchema,
  sentAt: epochMsSchema,
});

export type TemplateStep = z.infer<typeof templateStepSchema>;
export type Template = z.infer<typeof templateSchema>;
export type DoNotContactKind = z.infer<typeof doNotContactKindSchema>;
export type DoNotContact = z.infer<typeof doNotContactSchema>;
export type ComposeRoute = z.infer<typeof composeRouteSchema>;
export type SendLogEntry = z.infer<typeof sendLogSchema>;
