import { OPEN_STATUSES, type OpportunityType, type ProspectStatus } from '@/lib/schemas/prospect';
import type { DateRange, ProspectFilter } from '@/lib/db/query';
import { dayEnd, dayStart } from './dates';

/** The filter form as the user sets it; dates are YYYY-MM-DD strings, '' means "any". */
/** Status select value for every open status (not won, lost or do-not-contact); statuses are never this string. */
export const OPEN_STATUS = 'open';

export interface FilterDraft {
  status: ProspectStatus | typeof OPEN_STATUS | '';
  type: OpportunityType | '';
  /** A campaign id, NO_CAMPAIGN, or '' for any. */
  campaign: string;
  tag: string;
  domain: string;
  hasEmail: '' | 'yes' | 'no';
  toxic: '' | 'yes' | 'no';
  createdFrom: string;
  createdTo: string;
  updatedFrom: string;
  updatedTo: string;
  followUpFrom: string;
  followUpTo: string;
  search: string;
}

/** Select value for "prospects in no campaign"; campaign ids are never this string. */
export const NO_CAMPAIGN = '__none__';

export const EMPTY_FILTERS: FilterDraft = {
  status: '', type: '', campaign: '', tag: '', domain: '', hasEmail: '', toxic: '',
  createdFrom: '', createdTo: '', updatedFrom: '', updatedTo: '', followUpFrom: '', followUpTo: '', search: '',
};

function range(from: string, to: string): DateRange | undefined {
  const start = dayStart(from);
  const end = dayEnd(to);
  if (start === null && end === null) return undefined;
  return { ...(start === null ? {} : { from: start }), ...(end === null ? {} : { to: end }) };
}

/** The query module's filter for a draft: empty fields are left out so they filter nothing. */
export function toProspectFilter(d: FilterDraft): ProspectFilter {
  const filter: ProspectFilter = {};
  if (d.status === OPEN_STATUS) filter.status = [...OPEN_STATUSES];
  else if (d.status) filter.status = [d.status];
  if (d.type) filter.opportunityType = [d.type];
  if (d.campaign === NO_CAMPAIGN) filter.campaignId = null;
  else if (d.campaign) filter.campaignId = d.campaign;
  if (d.tag) filter.tag = d.tag;
  const domain = d.domain.trim().toLowerCase().replace(/^www\./, '');
  if (domain) filter.domain = domain;
  if (d.hasEmail) filter.hasEmail = d.hasEmail === 'yes';
  if (d.toxic) filter.toxic = d.toxic === 'yes';
  const createdAt = range(d.createdFrom, d.createdTo);
  if (createdAt) filter.createdAt = createdAt;
  const updatedAt = range(d.updatedFrom, d.updatedTo);
  if (updatedAt) filter.updatedAt = updatedAt;
  const followUpAt = range(d.followUpFrom, d.followUpTo);
  if (followUpAt) filter.followUpAt = followUpAt;
  if (d.search.trim()) filter.search = d.search.trim();
  return filter;
}

/** Whether the draft narrows the list at all (decides which empty state to show). */
export function isFiltered(d: FilterDraft): boolean {
  return Object.keys(toProspectFilter(d)).length > 0;
}
