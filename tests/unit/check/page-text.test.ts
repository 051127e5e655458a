import { describe, expect, it } from 'vitest';
import { parkedText, readsNotFound, titleOf } from '@/lib/check/page-text';

describe('titleOf', () => {
  it.each([
    ['<title>Hello  &amp;\n world</title>', 'Hello & world'],
    ['<TITLE lang="en">Caps</TITLE>', 'Caps'],
    ['<title>Cut off before the end', ''],
    ['no title here', ''],
  ])('%s → %s', (body, title) => {
    expect(titleOf(body)).toBe(title);
  });
});

describe('readsNotFound', () => {
  it.each([
    ['<title>404 - Page not found</title>', true],
    ['<title>Error 404</title>', true],
    ['<title>Oops</title><h1>This page doesn\'t exist</h1>', true],
    ['<title>Oops</title><h1><span>Page</span> not found</h1>', true],
    ['<title>Fehler</title><h1>Seite nicht gefunden</h1>', true],
    ['<title>Página no encontrada</title>', true],
    ['<title>Pagina non trovata</title>', true],
    ['<title>Page introuvable</title>', true],
    ['<title>Welcome</title><p>Sorry, the page you requested could not be found.</p>', true],
    ['<title>Article 404: a history of the web</title>', true],
    ['<title>Welcome</title><p>Our store has 404 products and ships worldwide.</p>', false],
    ['<title>Shipping</title><p>Not found what you need? Ask us.</p>', false],
    ['<title>Best hiking boots</title><h1>Best hiking boots</h1>', false],
    ['', false],
  ])('%s → %s', (body, expected) => {
    expect(readsNotFound(body)).toBe(expected);
  });
});

describe('parkedText', () => {
  it.each([
    ['<title>example.com</title><h1>This domain is for sale!</h1>', /this domain is for sale/i],
    ['<p>The domain example.net is for sale. Inquire now.</p>', /is for sale/],
    ['<title>Buy this domain</title>', /buy this domain/i],
    ['<p>This web page is parked FREE, courtesy of GoDaddy.</p>', /parked/i],
    ['<script src="//www.parkingcrew.net/js/p.js"></script>', /parking service \(parkingcrew\.net\)/],
    ['<p>Diese Domain steht zum Verkauf</p>', /steht zum verkauf/i],
  ])('%s is parked', (body, reason) => {
    expect(parkedText(body)).toMatch(reason);
  });

  it.each(['<title>Our sale starts today</title><p>Domains, hosting and more.</p>', '<p>How to buy a domain name: a guide</p>', ''])('%s is not parked', (body) => {
    expect(parkedText(body)).toBeNull();
  });
});
