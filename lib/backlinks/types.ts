export type { BacklinkSource, BacklinkVerification, ImportedBacklink } from '@/lib/schemas/backlink';

/** How an anchor reads, for the anchor-text mix. */
export type AnchorClass = 'branded' | 'exact' | 'partial' | 'naked-url' | 'generic' | 'image' | 'other';

/** The follow / nofollow / sponsored / ugc mix counts a link once, by its strongest flag. */
export type RelClass = 'follow' | 'nofollow' | 'sponsored' | 'ugc';
