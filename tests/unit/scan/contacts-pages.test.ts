import { describe, expect, it } from 'vitest';
import { extractContacts } from '@/lib/scan/contacts';
import { contactAnchor, contactPath } from '@/lib/scan/contacts-pages';
import { extractLinks } from '@/lib/scan/links';
import { docAt } from '../dom';

const PAGE = 'https://www.site.example/blog/post/';

function contactsOf(body: string, kind: string) {
  const doc = docAt(PAGE, `<html><body>${body}</body></html>`);
  const { links, contactHrefs } = extractLinks(doc, { pageDomain: 'site.example', ownDomains: [] });
  return extractContacts(doc, { pageUrl: PAGE, contactHrefs, links }).filter((c) => c.kind === kind);
}

describe('contactAnchor', () => {
  it.each([
    'Contact', 'Contact us', 'Contact Us »', '📧 Get in touch', 'Kontakt', 'Impressum', 'Contactez-nous', 'Nous contacter',
    'Contacto', 'Contáctanos', 'Contatti', 'Contattaci', 'Neem contact op', 'Fale conosco', 'Contato', 'Entre em contato',
    'About', 'About us', 'Über uns', 'À propos', 'Acerca de', 'Chi siamo', 'Over ons', 'Sobre nós', 'Quem somos',
    'Write for us', 'Guest post guidelines', 'Submit a guest post', 'Contribute', 'Schreiben Sie für uns', 'Gastbeitrag einreichen',
    'Mentions légales', 'Aviso legal',
  ])('%s', (text) => expect(contactAnchor(text)).toBe(true));

  it.each([
    ['about, inside a longer anchor', 'Read more about SEO'],
    ['contact, inside an article title', 'Contact lenses explained'],
    ['a long sentence', 'If you would like to contact us about a guest post please read the whole of this long page first'],
    ['empty', ''],
    ['unrelated', 'Pricing'],
  ])('not: %s', (_name, text) => expect(contactAnchor(text)).toBe(false));
});

describe('contactPath', () => {
  it.each([
    '/contact', '/contact/', '/en/contact-us/', '/kontakt', '/impressum.html', '/de/%C3%BCber-uns/', '/ueber-uns/', '/a-propos',
    '/contacto/', '/contatti', '/over-ons/', '/sobre-nos/', '/fale-conosco', '/write-for-us/', '/guest-post-guidelines',
    '/about.php', '/chi-siamo/', '/contact-us.aspx',
  ])('%s', (path) => expect(contactPath(path)).toBe(true));

  it.each(['/', '/blog/contact-lenses-guide/', '/contact/thanks', '/about-seo-tools/', '/%E0%A4%A', '/tag/seo/'])('not: %s', (path) =>
    expect(contactPath(path)).toBe(false),
  );
});

describe('contact-page contacts from links', () => {
  it('takes internal links by anchor or path, with the anchor in the source and no fragment', () => {
    expect(
      contactsOf(
        `<nav><a href="/contact/#form">Get in touch</a> <a href="https://site.example/ueber-uns/">Team</a>
         <a href="/write-for-us/"><img src="data:," alt=""></a></nav>`,
        'contact-page',
      ),
    ).toEqual([
      { kind: 'contact-page', value: 'https://www.site.example/contact/', source: 'link: Get in touch' },
      { kind: 'contact-page', value: 'https://site.example/ueber-uns/', source: 'link: /ueber-uns/' },
      { kind: 'contact-page', value: 'https://www.site.example/write-for-us/', source: 'link: /write-for-us/' },
    ]);
  });

  it('ignores other sites, even when they are called "Contact"', () => {
    expect(contactsOf('<a href="https://other.example/contact/">Contact</a> <a href="https://other.example/about">About us</a>', 'contact-page')).toEqual([]);
  });
});

describe('contact forms', () => {
  it.each<[string, string, string[]]>([
    ['email input and textarea', '<form action="/send"><input type="email"><textarea></textarea></form>', ['https://www.site.example/send']],
    ['named for contact', '<form class="contact-form" action="/x"><input name="name"></form>', ['https://www.site.example/x']],
    ['Contact Form 7', '<form class="wpcf7-form" action="/blog/post/#wpcf7-f1"><input name="your-name"></form>', ['https://www.site.example/blog/post/#wpcf7-f1']],
    ['field named e-mail', '<form><input type="text" name="your-email"><textarea></textarea></form>', [PAGE]],
    ['no action posts to the page', '<form id="contact"><input type="email"><textarea></textarea></form>', [PAGE]],
    ['javascript: action', '<form id="contact" action="javascript:void(0)"></form>', [PAGE]],
    ['two forms to one target', '<form id="contact"></form><form class="contact"></form>', [PAGE]],
    ['comment form', '<form id="commentform" action="/wp-comments-post.php"><input type="email"><textarea></textarea></form>', []],
    ['newsletter (no textarea)', '<form action="/subscribe-now"><input type="email"></form>', []],
    ['search', '<form role="search"><input type="email"><textarea></textarea></form>', []],
    ['login with password', '<form><input type="email"><input type="password"><textarea></textarea></form>', []],
    ['textarea without address field', '<form action="/feedback"><textarea></textarea></form>', []],
  ])('%s', (_name, body, expected) => {
    const forms = contactsOf(body, 'form');
    expect(forms.map((f) => f.value)).toEqual(expected);
    expect(forms.every((f) => f.source === 'contact form')).toBe(true);
  });

  it('reads the addresses of a mailto: action', () => {
    const doc = docAt(PAGE, '<form id="contact" action="mailto:desk@site.example"><textarea></textarea></form>');
    expect(extractContacts(doc, { pageUrl: PAGE, contactHrefs: [], links: [] })).toEqual([
      { kind: 'email', value: 'desk@site.example', source: 'form action' },
      { kind: 'form', value: PAGE, source: 'contact form' },
    ]);
  });
});
