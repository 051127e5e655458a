import { describe, expect, it } from 'vitest';
import { mightBeProfile, networkOf, socialProfile } from '@/lib/scan/contacts-social';

describe('socialProfile: profiles', () => {
  it.each([
    ['https://twitter.com/RooftopHive', 'https://twitter.com/rooftophive'],
    ['http://mobile.twitter.com/rooftophive/?lang=en', 'https://twitter.com/rooftophive'],
    ['https://x.com/acme_co', 'https://x.com/acme_co'],
    ['https://www.linkedin.com/in/jane-doe-123/', 'https://linkedin.com/in/jane-doe-123'],
    ['https://de.linkedin.com/company/acme-gmbh/about/', 'https://linkedin.com/company/acme-gmbh'],
    ['https://www.facebook.com/AcmeBakery/', 'https://facebook.com/acmebakery'],
    ['https://m.facebook.com/profile.php?id=100012345678&ref=x', 'https://facebook.com/profile.php?id=100012345678'],
    ['https://fb.com/acme.bakery', 'https://facebook.com/acme.bakery'],
    ['https://www.instagram.com/rooftop.hive/', 'https://instagram.com/rooftop.hive'],
    ['https://www.youtube.com/@RooftopHive', 'https://youtube.com/@rooftophive'],
    ['https://www.youtube.com/channel/UCa1b2C3d4E5f6G7h8I9j0kL/videos', 'https://youtube.com/channel/UCa1b2C3d4E5f6G7h8I9j0kL'],
    ['https://youtube.com/c/AcmeTV', 'https://youtube.com/c/AcmeTV'],
    ['https://www.youtube.com/user/acmetv', 'https://youtube.com/user/acmetv'],
    ['https://www.tiktok.com/@acme.co?lang=en', 'https://tiktok.com/@acme.co'],
    ['https://www.pinterest.com/acmedesign/', 'https://pinterest.com/acmedesign'],
    ['https://www.pinterest.co.uk/acmedesign/', 'https://pinterest.com/acmedesign'],
    ['https://github.com/Acme-Labs', 'https://github.com/acme-labs'],
    ['https://github.com/orgs/acme-labs/people', 'https://github.com/acme-labs'],
    ['https://bsky.app/profile/acme.bsky.social', 'https://bsky.app/profile/acme.bsky.social'],
    ['https://mastodon.social/@Alice', 'https://mastodon.social/@alice'],
    ['https://fosstodon.org/@bob/', 'https://fosstodon.org/@bob'],
    ['https://www.threads.net/@acme', 'https://www.threads.net/@acme'],
  ])('%s', (href, expected) => expect(socialProfile(href)).toBe(expected));
});

describe('socialProfile: not profiles', () => {
  it.each([
    ['Twitter intent', 'https://twitter.com/intent/tweet?text=hi&url=x'],
    ['Twitter share', 'https://twitter.com/share?url=x'],
    ['Twitter status', 'https://twitter.com/acme/status/1234567890'],
    ['Twitter home', 'https://twitter.com/'],
    ['X search', 'https://x.com/search?q=seo'],
    ['X hashtag', 'https://x.com/hashtag/seo'],
    ['Facebook sharer', 'https://www.facebook.com/sharer/sharer.php?u=x'],
    ['Facebook sharer.php', 'https://www.facebook.com/sharer.php?u=x'],
    ['Facebook dialog', 'https://www.facebook.com/dialog/share?app_id=1'],
    ['Facebook post', 'https://www.facebook.com/acme/posts/123456'],
    ['Facebook home', 'https://www.facebook.com/'],
    ['Facebook profile.php without id', 'https://www.facebook.com/profile.php'],
    ['LinkedIn shareArticle', 'https://www.linkedin.com/shareArticle?mini=true&url=x'],
    ['LinkedIn share-offsite', 'https://www.linkedin.com/sharing/share-offsite/?url=x'],
    ['LinkedIn feed', 'https://www.linkedin.com/feed/'],
    ['LinkedIn /in/ without a name', 'https://www.linkedin.com/in/'],
    ['LinkedIn pulse article', 'https://www.linkedin.com/pulse/some-article-jane-doe'],
    ['Instagram post', 'https://www.instagram.com/p/Cabc123/'],
    ['Instagram reel', 'https://www.instagram.com/reel/Cabc123/'],
    ['Instagram home', 'https://www.instagram.com/'],
    ['YouTube video', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['YouTube short', 'https://www.youtube.com/shorts/abc'],
    ['YouTube embed', 'https://www.youtube.com/embed/abc'],
    ['YouTube home', 'https://www.youtube.com/'],
    ['TikTok video', 'https://www.tiktok.com/@someone/video/7123456789'],
    ['Pinterest pin/create', 'https://pinterest.com/pin/create/button/?url=x'],
    ['Pinterest single pin', 'https://www.pinterest.com/pin/123456789/'],
    ['Pinterest board', 'https://www.pinterest.com/acmedesign/kitchens/'],
    ['GitHub repository', 'https://github.com/acme/tools'],
    ['GitHub file', 'https://github.com/acme/tools/blob/main/README.md'],
    ['GitHub features page', 'https://github.com/features'],
    ['GitHub home', 'https://github.com/'],
    ['gist', 'https://gist.github.com/acme'],
    ['Mastodon status', 'https://mastodon.social/@alice/109876543210'],
    ['Bluesky post', 'https://bsky.app/profile/acme.bsky.social/post/3k2'],
    ['other site', 'https://www.wikidata.org/wiki/Q42'],
    ['not a URL', 'not a url'],
    ['javascript:', 'javascript:alert(1)'],
    ['ftp', 'ftp://twitter.com/acme'],
    ['look-alike host', 'https://nottwitter.com/acme'],
  ])('%s', (_name, href) => expect(socialProfile(href)).toBeNull());
});

describe('networkOf and mightBeProfile', () => {
  it.each([
    ['twitter.com', 'twitter.com'],
    ['www.x.com', 'x.com'],
    ['m.facebook.com', 'facebook.com'],
    ['fb.com', 'facebook.com'],
    ['uk.linkedin.com', 'linkedin.com'],
    ['pinterest.de', 'pinterest.com'],
    ['music.youtube.com', null],
    ['example.com', null],
  ])('%s → %s', (host, expected) => expect(networkOf(host)).toBe(expected));

  it('lets only network hosts and /@ paths through to URL parsing', () => {
    expect(mightBeProfile('www.instagram.com', 'https://www.instagram.com/x')).toBe(true);
    expect(mightBeProfile('mastodon.social', 'https://mastodon.social/@x')).toBe(true);
    expect(mightBeProfile('blog.example.com', 'https://blog.example.com/post')).toBe(false);
  });
});
