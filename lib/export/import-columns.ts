import { PROSPECT_COLUMNS } from '@/lib/export/prospect-columns';

/** What a column of an imported file feeds. List fields may come from several columns. */
export type ImportField =
  | 'id' | 'url' | 'domain' | 'title' | 'siteName' | 'opportunityType' | 'status' | 'campaign' | 'tags'
  | 'emails' | 'contactSources' | 'contactPages' | 'socials' | 'twitter' | 'names' | 'firstName' | 'lastName' | 'phones'
  | 'position' | 'confidence' | 'linkingTo' | 'anchorText' | 'acquisition'
  | 'brokenLinks' | 'linksToMySite' | 'relevance' | 'spamSignals' | 'notes' | 'followUpAt' | 'createdAt' | 'updatedAt';

/** The file layouts recognised by their headers; each reads a few columns its own way. */
export type ImportLayout = 'linkscout' | 'hunter' | 'buzzstream-template' | 'buzzstream-export' | 'pitchbox' | 'generic';

export const LAYOUT_NAMES: Record<ImportLayout, string> = {
  linkscout: 'Linkscout export',
  hunter: 'Hunter domain search export',
  'buzzstream-template': 'BuzzStream link partner import template',
  'buzzstream-export': 'BuzzStream export',
  pitchbox: 'Pitchbox / Respona style (website, e-mail, first and last name)',
  generic: 'columns recognised by name',
};

/**
 * Header names, compared without case, spaces or punctuation ("Link Partner – Domain" =
 * "linkpartnerdomain"), covering our own export, Hunter, BuzzStream, Pitchbox and Respona.
 */
const ALIASES: Record<ImportField, readonly string[]> = {
  id: ['prospectid'],
  url: ['url', 'pageurl', 'websiteurl', 'website', 'link', 'linkurl', 'siteurl', 'prospecturl', 'site', 'linkingfrom', 'pageurlfound', 'opportunityurl'],
  domain: ['domain', 'domainname', 'websitedomain', 'linkpartnerdomain', 'companydomain'],
  title: ['title', 'pagetitle'],
  siteName: ['linkpartnername', 'organization', 'organisation', 'company', 'companyname', 'outlet', 'sitename'],
  opportunityType: ['opportunitytype'],
  status: ['status', 'relationshipstage', 'stage', 'outreachstatus', 'prospectstatus'],
  campaign: ['campaign', 'campaignname', 'project'],
  tags: ['tags', 'tag', 'labels'],
  emails: ['contactemails', 'email', 'emails', 'emailaddress', 'emailaddresses', 'primaryemail', 'email1', 'email2', 'workemail'],
  contactSources: ['contactsources'],
  contactPages: ['contactpageurl', 'contactpage', 'contactform', 'contactformurl'],
  socials: ['socialprofiles', 'twitterurl', 'linkedin', 'linkedinurl', 'facebook', 'facebookurl', 'instagram'],
  twitter: ['twitter', 'twitterhandle'],
  names: ['contactname', 'name', 'fullname', 'contact', 'personname'],
  firstName: ['firstname', 'first'],
  lastName: ['lastname', 'last', 'surname'],
  phones: ['phone', 'phonenumber', 'telephone'],
  position: ['position', 'jobtitle', 'role'],
  confidence: ['confidencescore', 'confidence'],
  linkingTo: ['linkingto', 'targeturl'],
  anchorText: ['anchortext', 'anchor'],
  acquisition: ['acquisitionmethod'],
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
  layout: ImportLayout;
}

function detectLayout(keys: ReadonlySet<string>): ImportLayout {
  if (PROSPECT_COLUMNS.every((c) => keys.has(headerKey(c)))) return 'linkscout';
  if (keys.has('linkpartnername') || keys.has('linkpartnerdomain')) return 'buzzstream-template';
  if (keys.has('relationshipstage')) return 'buzzstream-export';
  if (keys.has('emailaddress') && (keys.has('domainname') || keys.has('confidencescore') || keys.has('emailaddresstype'))) return 'hunter';
  if (keys.has('website') && (keys.has('email') || keys.has('emailaddress')) && (keys.has('firstname') || keys.has('lastname'))) return 'pitchbox';
  return 'generic';
}

/** Where a layout reads a header differently: BuzzStream's "Name" is the link partner (a site), not a person. */
function layoutField(layout: ImportLayout, key: string): ImportField | undefined {
  if (layout === 'buzzstream-export' && key === 'name') return 'siteName';
  return FIELD_BY_KEY.get(key);
}

export function mapColumns(header: readonly string[]): ColumnMap {
  const layout = detectLayout(new Set(header.map(headerKey)));
  const columns = new Map<ImportField, number[]>();
  const ignored: string[] = [];
  header.forEach((name, index) => {
    const field = layoutField(layout, headerKey(name));
    if (!field) {
      if (name.trim()) ignored.push(name);
      return;
    }
    columns.set(field, [...(columns.get(field) ?? []), index]);
  });
  return { columns, ignored, ownFormat: layout === 'linkscout', layout };
}
