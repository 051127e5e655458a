import type { Template, TemplateStep } from '@/lib/schemas/outreach';

type Starter = Pick<Template, 'id' | 'name' | 'opportunityType' | 'steps'>;

const step = (subject: string, body: string, waitDays: number): TemplateStep => ({ subject, body, waitDays });

const SIGN = '\n\nThanks,\n{my_name}\n{my_site}';
const NUDGE = step(
  'Re: {page_title|your page}',
  'Hi {first_name|there},\n\nJust bringing this back to the top of your inbox in case it got buried. No worries at all if it is not a fit — a quick "no thanks" is perfectly fine and I will not follow up again.' + SIGN,
  0,
);

/**
 * White-hat starting points: short, specific, honest about who is writing and why, one follow-up
 * at most, and an easy way to say no. The user edits, duplicates or deletes them. The journalist
 * template keeps a [placeholder] for the answer, which the lint blocks until it is written.
 */
export const STARTER_TEMPLATES: readonly Starter[] = [
  {
    id: 'starter-broken-link',
    name: 'Broken link: suggest a replacement',
    opportunityType: 'broken-link',
    steps: [
      step(
        'A dead link on {page_title|your page}',
        'Hi {first_name|there},\n\nI was reading {page_title|your page} ({page_url}) and noticed that the link "{broken_anchor|to}" points to {broken_url}, which no longer loads.\n\nIf you are looking for a replacement, {replacement_url} covers the same topic and is kept up to date. Either way, I thought you would want to know about the dead link.' + SIGN,
        5,
      ),
      NUDGE,
    ],
  },
  {
    id: 'starter-resource-page',
    name: 'Resource page: suggest a useful addition',
    opportunityType: 'resource-page',
    steps: [
      step(
        'A suggestion for {page_title|your resource list}',
        'Hi {first_name|there},\n\nYour list at {page_url} is one of the more carefully picked ones I have found. I wrote {replacement_url}, which I think your readers would find useful alongside what you already link to.\n\nIf it does not meet your bar, no problem at all.' + SIGN,
        6,
      ),
      NUDGE,
    ],
  },
  {
    id: 'starter-guest-post',
    name: 'Guest post: pitch an idea',
    opportunityType: 'guest-post',
    steps: [
      step(
        'Article idea for {site_name}',
        'Hi {first_name|there},\n\nI saw that {site_name} welcomes contributors. I write about this topic at {my_site} and would like to offer an original article written for your readers, following your guidelines.\n\nI can send two or three topic ideas with short outlines if that helps. Happy to hear if you would rather I did not.' + SIGN,
        7,
      ),
      NUDGE,
    ],
  },
  {
    id: 'starter-curated-list',
    name: 'Curated list or directory: ask to be listed',
    opportunityType: 'directory',
    steps: [
      step(
        'For your list on {site_name}',
        'Hi {first_name|there},\n\nI came across {page_title|your list} and wanted to ask whether {my_site} could be considered for it. It fits the list’s criteria, and I am glad to answer any questions you use to review submissions.' + SIGN,
        7,
      ),
      NUDGE,
    ],
  },
  {
    id: 'starter-journalist',
    name: 'Journalist request: answer the query',
    opportunityType: 'journalist-query',
    steps: [
      step(
        'Re: your request — {page_title|source for your story}',
        'Hi {first_name|there},\n\nI am responding to your request at {page_url}. Here is a short answer you are welcome to quote, and I can go into more detail on a call or by e-mail:\n\n[your answer, in two or three sentences]\n\nA little about me: I run {my_site}.' + SIGN,
        3,
      ),
    ],
  },
  {
    id: 'starter-mention',
    name: 'Unlinked mention: ask for a link',
    opportunityType: 'mention',
    steps: [
      step(
        'Thanks for mentioning us on {site_name}',
        'Hi {first_name|there},\n\nThank you for mentioning us in {page_title|your article}. Would you consider linking the mention to {my_site}, so readers can find us easily? Completely fine if not.' + SIGN,
        7,
      ),
      NUDGE,
    ],
  },
];

/** Fresh copies of the starter templates, stamped with `now`. */
export function starterTemplates(now: number): Template[] {
  return STARTER_TEMPLATES.map((t) => ({ ...t, steps: t.steps.map((s) => ({ ...s })), createdAt: now, updatedAt: now }));
}
