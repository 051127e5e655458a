import { z } from 'zod';
import { browser } from 'wxt/browser';
import { errorText } from '@/lib/text/error-text';

/** Messages the popup and dashboard send to the background. Validated on arrival; unknown ones are dropped. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('check-links'),
    tabId: z.number().int().nullable(),
    pageUrl: z.string().url(),
    urls: z.array(z.string()).min(1).max(20_000),
    /** Ignore cached verdicts and request every URL again. */
    force: z.boolean().default(false),
  }),
  z.object({ type: z.literal('cancel-check'), jobId: z.string() }),
  /** Sent by a popup that finds an unfinished check: wakes a stopped worker, which then resumes it. */
  z.object({ type: z.literal('resume-checks') }),
  /** Sent after queuing page reads (monitoring, backlink audit, qualification): the background runs what is due. */
  z.object({ type: z.literal('resume-reads') }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

export interface Responses {
  'check-links': { jobId: string };
  'cancel-check': { cancelled: boolean };
  'resume-checks': { resumed: boolean };
  'resume-reads': { resumed: boolean };
}

export type Reply<T extends Request['type']> = { ok: true; value: Responses[T] } | { ok: false; error: string };

export type Handlers = { [T in Request['type']]: (req: RequestOf<T>) => Promise<Responses[T]> };

/** Sends a request to the background and unwraps its reply; a failure arrives as a thrown Error with the background's message. */
export async function send<T extends Request['type']>(req: z.input<typeof requestSchema> & { type: T }): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(req)) as Reply<T> | undefined;
  if (!reply) throw new Error('The background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * Validates an incoming message and runs its handler. Returns undefined for messages that are not
 * ours (other extensions, malformed), so the caller leaves them unanswered.
 */
export function dispatch(raw: unknown, handlers: Handlers): Promise<Reply<Request['type']>> | undefined {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const req = parsed.data;
  const handler = handlers[req.type] as (r: Request) => Promise<Responses[Request['type']]>;
  return handler(req).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error: errorText(error) }),
  );
}
