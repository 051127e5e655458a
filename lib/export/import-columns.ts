import { PROSPECT_COLUMNS } from '@/lib/export/prospect-columns';

/** What a column of an imported file feeds. List fields may come from several columns. */
export type ImportField =
  | 'id' | 'url' | 'domain' | 'title' | 'opportunityType' | 'status' | 'campaign' | 'tags'
  | 'emails' | 'contactSources' | 'contactPages' | 'socials' | 'names' | 'firstName' | 'lastName' | 'phones'
  | 'brokenLinks' | 'linksToMySite' | 'relevance' | 'spamSignals' | 'notes' | 'followUpAt' | 'createdAt' | 'updatedAt';

/**
 * Header names, compared without case, spaces or punctuation ("Website URL" = "website_url"),
 * covering our own export and the usual BuzzStream and Hunter exports.
 */
const ALIASES: Record<ImportField, readonly string[]> = {
  id: ['prospectid'],
  url: ['url', 'pageurl', 'websiteurl', 'website', 'link', 'linkurl', 'siteurl', 'prospecturl', 'site'],
  domain: ['domain', 'domainname', 'websitedomain'],
  title: ['title', 'pagetitle'],
  opportunityType: ['opportunitytype'],
  status: ['status'],
  campaign: ['campaign', 'campaignname', 'project'],
  tags: ['tags', 'tag', 'labels'],
  emails: ['contactemails', 'email', 'emails', 'emailaddress', 'emailaddresses', 'primaryemail'],
  contactSources: ['contactsources'],
  contactPages: ['contactpageurl', 'contactpage', 'contactform', 'contactformurl'],
  socials: ['socialprofiles', 'twitter', 'twitterhandle', 'twitterurl', 'linkedin', 'linkedinurl', 'facebook', 'facebookurl', 'instagram'],
  names: ['contactname', 'name', 'fullname', 'contact'],
  firstName: ['firstname', 'first'],
  lastName: ['lastname', 'last', 'surname'],
  phones: ['phone', 'phonenumber', 'telephone'],
  brokenLinks: ['brokenlinks'],
  linksToMySite: ['linkstomysite'],
  relevance: ['relevance'],
  spamSignals: ['spamsignals'],
  notes: ['notes', 'note', 'comments', 'comment'],
  followUpAt: ['followupat', 'followup', 'followupdate'],
  createdAt: ['createdat'],
  updatedAt: ['updatedat'],
};

export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const FIELD_BY_KEY = new Map<string, ImportField>(
  (Object.entries(ALIASES) as Array<[ImportField, readonly string[]]>).flatMap(([field, keys]) => keys.map((k) => [k, field] as const)),
);

export interface ColumnMap {
  /** Column indexes per field, in file order. */
  columns: Map<ImportField, number[]>;
  /** Headers that feed nothing, so the preview can say they were ignored. */
  ignored: string[];
  /** The file is a Linkscout export: formula neutralising is undone and structured cells parsed. */
  ownFormat: boolean;
}

export function mapColumns(header: readonly string[]): ColumnMap {
  const columns = new Map<ImportField, number[]>();
  const ignored: string[] = [];
  header.forEach((name, index) => {
    const field = FIELD_BY_KEY.get(headerKey(name));
    if (!field) {
      if (name.trim()) ignored.push(name);
      return;
    }
    columns.set(field, [...(columns.get(field) ?? []), index]);
  });
  const ownKeys = PROSPECT_COLUMNS.map(headerKey);
  const ownFormat = ownKeys.every((key) => header.some((h) => headerKey(h) === key));
  return { columns, ignored, ownFormat };
}
