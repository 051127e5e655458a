/** The merge fields a template may use, with what each one is filled from (README lists them too). */
export const MERGE_FIELDS = {
  first_name: 'The contact’s first name: from the page’s author, else from a personal-looking e-mail address',
  site_name: 'The prospect’s site, e.g. rooftophive.example',
  page_title: 'The title of the prospect’s page',
  page_url: 'The address of the prospect’s page',
  broken_url: 'The first dead outbound link found on the page',
  broken_anchor: 'The anchor text of that dead link',
  replacement_url: 'Your page that replaces the dead link (asked when composing; your site by default)',
  my_site: 'Your site (Settings)',
  my_name: 'Your name (Settings)',
} as const;

export type MergeField = keyof typeof MERGE_FIELDS;
export type MergeValues = Readonly<Record<MergeField, string>>;

export const MERGE_FIELD_NAMES = Object.keys(MERGE_FIELDS) as MergeField[];

export function isMergeField(name: string): name is MergeField {
  return Object.prototype.hasOwnProperty.call(MERGE_FIELDS, name);
}
