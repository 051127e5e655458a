import { describe, expect, it } from 'vitest';
import type { PageKind } from '@/lib/schemas/page-scan';
import type { OpportunityType } from '@/lib/schemas/prospect';
import { suggestOpportunityType } from '@/lib/db/opportunity';

const scanOf = (kind: PageKind) => ({ kinds: [{ kind, score: 70, reasons: [] }, { kind: 'article' as const, score: 10, reasons: [] }] });

describe('suggestOpportunityType', () => {
  it.each<[PageKind, number, OpportunityType]>([
    ['resource', 0, 'resource-page'],
    ['guest-post', 0, 'guest-post'],
    ['directory', 0, 'directory'],
    ['journalist-query', 0, 'journalist-query'],
    ['contact', 0, 'other'],
    ['article', 0, 'other'],
    ['resource', 2, 'broken-link'],
    ['article', 1, 'broken-link'],
    ['guest-post', 3, 'guest-post'],
    ['directory', 3, 'directory'],
  ])('best kind %s with %i broken links → %s', (kind, broken, expected) => {
    expect(suggestOpportunityType(scanOf(kind), broken)).toBe(expected);
  });

  it('treats a scan without kinds as an article', () => {
    expect(suggestOpportunityType({ kinds: [] })).toBe('other');
  });
});
