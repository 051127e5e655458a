import { phraseRegex } from './text-match';

/** A family of spam vocabulary: one word in passing means nothing, several together do. */
export interface SpamCluster {
  id: string;
  label: string;
  terms: RegExp;
}

// Folded (lowercase, no diacritics) regex fragments with bounded quantifiers only.
const CLUSTERS: { id: string; label: string; terms: string[] }[] = [
  {
    id: 'gambling',
    label: 'Casino and gambling terms',
    terms: [
      'casinos?', 'online casino', 'slots?', 'slot machines?', 'slot gacor', 'poker', 'roulette', 'blackjack', 'baccarat',
      'betting', 'sportsbooks?', 'bookmakers?', 'jackpots?', 'free spins', 'no deposit(?: bonus)?', 'gambling', 'judi', 'togel',
      'casino bonus', 'wagering',
    ],
  },
  {
    id: 'pharma',
    label: 'Pharmacy spam terms',
    terms: [
      'viagra', 'cialis', 'levitra', 'kamagra', 'tramadol', 'xanax', 'valium', 'phentermine', 'oxycodone', 'modafinil',
      'online pharmacy', '(?:no|without) prescription', 'cheap (?:meds|pills)', 'buy pills', '(?:weight loss|diet) pills',
    ],
  },
  {
    id: 'loans',
    label: 'Payday loan terms',
    terms: [
      'payday loans?', 'cash advances?', 'bad credit loans?', 'instant loans?', 'quick loans?', 'no credit check',
      'title loans?', 'same day loans?', 'installment loans?',
    ],
  },
  {
    id: 'crypto-scam',
    label: 'Crypto and trading scam terms',
    terms: [
      'binary options', 'bitcoin doubler', 'double your (?:bitcoin|crypto|money)', 'free bitcoin', 'guaranteed (?:profits?|returns)',
      '(?:crypto|forex) signals', 'crypto recovery', 'ico presale', 'airdrop', 'crypto casino', 'trading bot',
    ],
  },
  {
    id: 'adult',
    label: 'Adult content terms',
    terms: ['porn', 'porno', 'xxx', 'sex cams?', 'live sex', 'escorts?', 'escort service', 'cam ?girls?', 'hookups?', 'nudes?', 'adult dating', 'hentai', 'onlyfans leaks?'],
  },
];

export const SPAM_CLUSTERS: readonly SpamCluster[] = CLUSTERS.map((c) => ({ id: c.id, label: c.label, terms: phraseRegex(c.terms) }));

/** Words that make an anchor a money keyword rather than a description ("buy cheap X", "best X online"). */
export const COMMERCIAL_ANCHOR = phraseRegex([
  'buy', 'cheap(?:est)?', 'discounts?', 'discounted', 'coupons?', 'coupon codes?', 'promo codes?', 'deals?', 'for sale', 'prices?',
  'affordable', 'best', 'top \\d{1,3}', 'order', 'near me', 'loans?', 'insurance', 'casino', 'bonus', 'pills', 'replica', 'wholesale',
  'followers', 'backlinks',
]);
