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

/** Who sent a message, as `runtime.onMessage` reports it. */
export interface SenderInfo {
  id?: string;
  url?: string;
}

/** This extension's id and page origin (`chrome-extension://<id>`). */
export interface SelfInfo {
  id: string;
  origin: string;
}

/** Scheme and host: `URL.origin` is "null" for extension schemes outside the browser itself. */
function originOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

function self(): SelfInfo {
  return { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) };
}

/**
 * Whether a message comes from one of this extension's own pages (popup, dashboard, options).
 * Content scripts share the extension id but run in web pages: their URL is the page's, and a
 * page must never start or steer a check.
 */
export function fromExtensionPage(sender: SenderInfo | undefined, me: SelfInfo): boolean {
  if (!sender || sender.id !== me.id || !sender.url) return false;
  try {
    return originOf(sender.url) === originOf(me.origin);
  } catch {
    return false; // an unreadable sender URL is no extension page
  }
}

/**
 * Validates an incoming message and its sender, and runs its handler. Returns undefined for
 * messages that are not ours (web pages, content scripts, other extensions, malformed), so the
 * caller leaves them unanswered.
 */
export function dispatch(raw: unknown, handlers: Handlers, sender: SenderInfo | undefined, me: SelfInfo = self()): Promise<Reply<Request['type']>> | undefined {
  if (!fromExtensionPage(sender, me)) return undefined;
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const req = parsed.data;
  const handler = handlers[req.type] as (r: Request) => Promise<Responses[Request['type']]>;
  return handler(req).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error: errorText(error) }),
  );
}

/**
 * The popup asks the background, which already holds the Public Suffix List (tldts), for the
 * registrable domains of the page (its URL) and of its links (hosts): the popup shows its links without loading the
 * list itself. A lookup, not a job, so it stays apart from `Handlers`.
 */
export const domainRequestSchema = z.object({
  type: z.literal('registrable-domains'),
  names: z.array(z.string().max(65_536)).max(20_000),
});

export type DomainReply = { ok: true; value: { domains: string[] } };

/** Answers a registrable-domains request from one of our pages; undefined for anything else. */
export function answerDomains(raw: unknown, sender: SenderInfo | undefined, domainOf: (name: string) => string, me: SelfInfo = self()): Promise<DomainReply> | undefined {
  if (!fromExtensionPage(sender, me)) return undefined;
  const parsed = domainRequestSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return Promise.resolve({ ok: true, value: { domains: parsed.data.names.map(domainOf) } });
}
