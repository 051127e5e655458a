import type { OpportunityType, ProspectStatus } from '@/lib/schemas/prospect';
import type { ContactKind } from '@/lib/schemas/page-scan';

export const STATUS_LABELS: Record<ProspectStatus, string> = {
  new: 'New',
  qualified: 'Qualified',
  contacted: 'Contacted',
  'followed-up': 'Followed up',
  replied: 'Replied',
  won: 'Won (link live)',
  lost: 'Lost',
  'do-not-contact': 'Do not contact',
};

export const TYPE_LABELS: Record<OpportunityType, string> = {
  'resource-page': 'Resource page',
  'broken-link': 'Broken link',
  'guest-post': 'Guest post',
  directory: 'Directory',
  'journalist-query': 'Journalist query',
  mention: 'Mention',
  other: 'Other',
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  email: 'E-mail',
  phone: 'Phone',
  social: 'Social',
  'contact-page': 'Contact page',
  author: 'Author',
  form: 'Form',
};
