import { describe, expect, it } from 'vitest';
import { actionReason } from '@/lib/check/action-links';

const reason = (url: string, allowOneClick = false) => actionReason(new URL(url), { allowOneClick });

describe('actionReason: links that act are never requested', () => {
  it.each([
    ['https://shop.example.com/logout;jsessionid=1', /"\/logout"/],
    ['https://shop.example.com/index.php?route=account/logout', /asks to logout/],
    ['https://blog.example.com/wp-admin%2Foptions.php', /"\/wp-admin"/],
    ['https://blog.example.com/wp-admin%252Fusers.php', /"\/wp-admin"/],
    ['https://app.example.com/account/delete-account', /"\/delete-account"/],
    ['https://app.example.com/deleteAccount', /"\/deleteaccount"/],
    ['https://news.example.com/unsubscribe-all?token=abc', /"\/unsubscribe-all"/],
    ['https://app.example.com/confirm?token=&do=approve', /one-click "confirm"/],
    ['https://app.example.com/opt-out', /"\/opt-out"/],
    ['https://api.example.com/api/v1/items/5/destroy', /"\/destroy"/],
    ['https://shop.example.com/basket/add?id=1', /"\/basket"/],
    ['https://app.example.com/session/end', /"\/session\/end"/],
    ['https://app.example.com/users/SignOut', /"\/signout"/],
    ['https://app.example.com/x?Do=Remove', /asks to remove/],
    ['https://app.example.com/auth/magic-link?t=1', /one-click "magic/],
    ['https://app.example.com/verify/4f9c2b7a1e3d5f6a8b9c0d1e2f3a4b5c', /one-click "verify"/],
    ['https://app.example.com/email?op=verify&code=77', /one-click "verify"/],
  ])('%s', (url, expected) => {
    expect(reason(url)).toMatch(expected);
  });

  it.each([
    'https://example.com/blog/how-to-delete-your-account',
    'https://example.com/tools/remove-background',
    'https://example.com/search?q=logout+button',
    'https://example.com/how-to-log-out-of-every-device-at-once',
    'https://example.com/cartography',
    'https://example.com/docs/verify-your-domain',
    'https://example.com/confirm-your-booking-guide?utm_source=x',
    'https://example.com/page?id=5&sort=desc',
  ])('checks %s', (url) => {
    expect(reason(url)).toBeNull();
  });

  it('lets token-bearing one-click links through when the user opted in, never real actions', () => {
    expect(reason('https://app.example.com/confirm?token=abc', true)).toBeNull();
    expect(reason('https://news.example.com/unsubscribe?token=abc', true)).toMatch(/unsubscribe/);
  });
});
