import { describe, expect, it } from 'vitest';
import { brandTermsFrom, classifyAnchor } from '@/lib/backlinks/anchors';
import type { AnchorClass } from '@/lib/backlinks/types';

const ctx = { brandTerms: [...brandTermsFrom(['acme-tools.com']), 'Acme'], keywords: ['garden tools', 'pruning shears'] };

describe('anchor classification', () => {
  it.each<[string, boolean, AnchorClass]>([
    ['Acme', false, 'branded'],
    ['the Acme Tools blog', false, 'branded'],
    ['acme garden tools', false, 'branded'], // brand wins over keyword
    ['garden tools', false, 'exact'],
    ['Garden  Tools!', false, 'exact'],
    ['best garden tools for 2024', false, 'partial'],
    ['shears for pruning roses', false, 'partial'], // most words of a keyword
    ['https://acme-tools.com/guide', false, 'naked-url'],
    ['www.example.org', false, 'naked-url'],
    ['example.org/page?x=1', false, 'naked-url'],
    ['click here', false, 'generic'],
    ['Read more', false, 'generic'],
    ['here', false, 'generic'],
    ['', false, 'image'],
    ['garden tools', true, 'image'],
    ['a lovely afternoon', false, 'other'],
  ])('%j (image %s) → %s', (anchor, image, expected) => {
    expect(classifyAnchor(anchor, image, ctx)).toBe(expected);
  });

  it('brand terms come from the first label of each domain', () => {
    expect(brandTermsFrom(['www.acme-tools.co.uk', 'shop.example'])).toEqual(['acme tools', 'shop']);
  });
});
