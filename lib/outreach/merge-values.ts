import type { Prospect } from '@/lib/schemas/prospect';
import type { MergeValues } from './fields';

/** Addresses that name a role, not a person: "info@" gives no first name. */
const ROLE_MAILBOXES = new Set([
  'admin', 'contact', 'editor', 'editors', 'editorial', 'enquiries', 'feedback', 'hello', 'help', 'hi', 'info', 'mail',
  'marketing', 'media', 'news', 'newsroom', 'noreply', 'no-reply', 'office', 'partners', 'press', 'sales', 'support',
  'team', 'tips', 'webmaster', 'write', 'writers',
]);

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('en') + word.slice(1).toLocaleLowerCase('en');

/** "maya.green@…" → "Maya"; role addresses and ones with digits give nothing. */
export function firstNameFromEmail(email: string): string {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  const match = /^([a-z]{2,20})(?:[._-][a-z]{2,20})?$/.exec(local);
  if (!match?.[1] || ROLE_MAILBOXES.has(local) || ROLE_MAILBOXES.has(match[1])) return '';
  return capitalise(match[1]);
}

/** "Dr. Maya Green" → "Maya"; a name that does not look like one gives nothing. */
export function firstNameFromAuthor(author: string): string {
  const words = author.replace(/^(?:(?:by|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?)\s+)+/i, '').trim().split(/\s+/);
  const first = words[0] ?? '';
  return /^\p{L}[\p{L}'-]{1,29}$/u.test(first) && words.length <= 4 ? capitalise(first) : '';
}

/** The prospect's first e-mail address (the one compose writes to), or ''. */
export function primaryEmail(p: Pick<Prospect, 'contacts'>): string {
  return p.contacts.find((c) => c.kind === 'email')?.value.trim() ?? '';
}

export interface SenderDetails {
  myName: string;
  mySite: string;
}

/** Every merge field's value for one prospect; '' where the prospect has nothing. */
export function mergeValuesFor(p: Prospect, me: SenderDetails, replacementUrl = ''): MergeValues {
  const author = p.contacts.find((c) => c.kind === 'author')?.value ?? '';
  const broken = p.brokenLinks[0];
  return {
    first_name: firstNameFromAuthor(author) || firstNameFromEmail(primaryEmail(p)),
    site_name: p.domain,
    page_title: p.title,
    page_url: p.url,
    broken_url: broken?.url ?? '',
    broken_anchor: broken?.anchorText ?? '',
    replacement_url: replacementUrl.trim() || me.mySite,
    my_site: me.mySite,
    my_name: me.myName,
  };
}
