import { describe, expect, it } from 'vitest';
import { compileExclusions, exclusionPatternProblem } from '@/lib/check/exclusions';
import { PRIVATE_NETWORK_HINT, skipReason } from '@/lib/check/safety';

const PUBLIC_PAGE = { pageUrl: 'https://blog.example.com/resources' };

describe('skipReason', () => {
  it.each([
    ['mailto:me@example.com', /mailto: links are not checked/],
    ['tel:+123', /tel: links/],
    ['javascript:void(0)', /javascript: links/],
    ['ftp://files.example.com/a.zip', /ftp: links/],
    ['data:text/html,hi', /data: links/],
    ['not a url', /not a valid absolute URL/],
    ['https://example.com/logout', /action link.*\/logout/],
    ['https://example.com/account/log-out', /\/log-out/],
    ['https://example.com/user/signout.php', /\/signout/],
    ['https://example.com/SIGN-OUT', /\/sign-out/],
    ['https://example.com/posts/5/delete', /\/delete/],
    ['https://example.com/list/remove?id=3', /\/remove/],
    ['https://example.com/newsletter/unsubscribe?id=1', /\/unsubscribe/],
    ['https://shop.example.com/cart/', /\/cart/],
    ['https://shop.example.com/checkout', /\/checkout/],
    ['https://shop.example.com/checkout/step-1', /\/checkout/],
    ['https://shop.example.com/product/add-to-cart/5', /\/add-to-cart/],
    ['https://shop.example.com/product/5?add-to-cart=5', /query has "add-to-cart"/],
    ['https://example.com/wp-admin/post.php?post=1', /\/wp-admin/],
    ['https://example.com/wp-login.php?action=logout', /\?action=logout/],
    ['https://example.com/index.php?action=edit&page=2', /\?action=edit/],
    ['https://example.com/item?do=remove', /asks to remove/],
    ['https://example.com/list?delete=4', /query has "delete"/],
    ['http://192.168.1.1/admin', /private network, not checked: 192\.168\.1\.1 is a private address/],
    ['http://10.0.0.8/', /private network/],
    ['http://127.0.0.1:8080/', /loopback address/],
    ['http://localhost:3000/', /loopback/],
    ['http://[::1]/', /loopback/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[fd00::1]/', /unique-local/],
    ['http://[::ffff:192.168.0.1]/', /private/],
    ['http://0.0.0.0:9000/', /unspecified/],
  ])('skips %s', (url, reason) => {
    expect(skipReason(url, PUBLIC_PAGE)).toMatch(reason);
  });

  it.each([
    'https://example.com/blog/how-to-delete-your-account',
    'https://example.com/tools/remove-background',
    'https://example.com/cartography',
    'https://example.com/blog/checkout-page-design',
    'https://example.com/search?q=logout+button',
    'https://example.com/?page=2',
    'http://8.8.8.8/',
    'https://[2001:db8::1]/',
  ])('checks %s', (url) => {
    expect(skipReason(url, PUBLIC_PAGE)).toBeNull();
  });

  it.each([
    ['http://192.168.1.1/', { pageUrl: 'http://192.168.1.5/wiki' }],
    ['http://10.1.2.3/', { pageUrl: 'http://127.0.0.1:8000/page' }],
    ['http://127.0.0.3:4000/', { pageUrl: 'http://127.0.0.2:4000/' }],
    ['http://intranet.localhost/', { pageUrl: 'http://localhost/' }],
    ['http://192.168.1.1/', { pageUrl: 'https://example.com/', allowPrivate: true }],
  ])('allows %s from a private page or when allowed (%o)', (url, context) => {
    expect(skipReason(url, context)).toBeNull();
  });

  it('says why a private link from a public page was not checked, and how to allow it', () => {
    expect(skipReason('http://localhost/admin', { pageUrl: 'https://blog.example.com/' })).toBe(
      'private network, not checked: localhost is a loopback address, and the page is public. A public page may not make Linkscout request your own network. ' +
        'To check such links from any page, turn on “Check links to private networks (192.168.x.x, localhost…) even from public pages” in Linkscout’s settings (the options page).',
    );
    expect(PRIVATE_NETWORK_HINT).toContain('Check links to private networks (192.168.x.x, localhost…) even from public pages');
  });

  it('treats a missing page as public', () => {
    expect(skipReason('http://192.168.0.1/')).toMatch(/private network/);
  });

  it('applies user exclusions before anything else', () => {
    const context = { ...PUBLIC_PAGE, exclusions: ['*.facebook.com/*', '/tag/', '   '] };
    expect(skipReason('https://www.facebook.com/page', context)).toBe('excluded by the pattern "*.facebook.com/*"');
    expect(skipReason('https://example.com/TAG/news', context)).toBe('excluded by the pattern "/tag/"');
    expect(skipReason('https://example.com/tags', context)).toBeNull();
  });
});

describe('exclusion patterns', () => {
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['*', /every link/],
    ['***', /every link/],
    ['example .com', /spaces/],
    ['x'.repeat(501), /longer than 500/],
  ])('rejects %j', (pattern, problem) => {
    expect(exclusionPatternProblem(pattern)).toMatch(problem);
  });

  it.each(['example.com', '*.example.com/*', 'https://shop.example.com/*', '/private/'])('accepts %s', (pattern) => {
    expect(exclusionPatternProblem(pattern)).toBeNull();
  });

  it.each([
    ['*.example.com/*', 'https://www.example.com/a', true],
    ['*.example.com/*', 'https://example.com/a', false],
    ['https://shop.example.com/*', 'https://shop.example.com/x?y=1', true],
    ['https://shop.example.com/*', 'http://shop.example.com/x', false],
    ['example.com/*/print', 'https://example.com/post/1/print', true],
    ['*.pdf', 'https://example.com/file.PDF', true],
    ['*.pdf', 'https://example.com/file.pdf?dl=1', false],
    ['a+b(c)', 'https://example.com/a+b(c)', true],
    ['a.c*', 'https://abc.example.com/', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(compileExclusions([pattern])(url) !== null).toBe(expected);
  });
});
