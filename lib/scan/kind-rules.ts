import type { PageKind } from '@/lib/schemas/page-scan';
import { phraseRegex, WORD_CLASS } from './text-match';

export type SpecialKind = Exclude<PageKind, 'article'>;

/** How running-text mentions add up: the first, each further distinct phrase, each repeat, a cap. */
export interface BodyWeight {
  first: number;
  distinct: number;
  repeat: number;
  cap: number;
}

export interface PhraseRule {
  kind: SpecialKind;
  /** Phrases that name the kind when they are a title, a heading or a URL path segment. */
  labels: RegExp;
  /** Looser words that only hint at the kind in a title, heading or path; weighted less. */
  hints: RegExp;
  /** Phrases specific enough to count in running text. */
  body: RegExp;
  bodyWeight: BodyWeight;
}

// Fragments are written folded (lowercase, no diacritics) and use only literals, alternation and
// bounded quantifiers, so matching over the page text stays linear.
const APOS = "(?:'|\u2019)?";
const W = `[${WORD_CLASS}'\u2019-]{1,25}`;

interface Fragments {
  kind: SpecialKind;
  /** In labels and running text. */
  both: string[];
  labelOnly: string[];
  bodyOnly: string[];
  hints: string[];
  bodyWeight: BodyWeight;
}

const FRAGMENTS: Fragments[] = [
  {
    kind: 'resource',
    both: [
      '(?:useful|helpful|great|recommended|favou?rite) (?:links|resources|sites|websites|blogs|tools)',
      'list of (?:resources|links|useful sites)', 'resource (?:list|page|guide|library)', 'links page', 'link list', 'blogroll',
      'nutzliche links', 'linksammlung', 'linkliste', 'liens utiles', 'enlaces (?:utiles|de interes|recomendados)',
    ],
    labelOnly: [
      'resources?', 'links', 'ressourcen', 'ressources', 'recursos', 'enlaces',
      `(?:best|top)(?: \\d{1,4})?(?: ${W}){0,3} (?:sites|websites|web sites|resources|links)`,
    ],
    bodyOnly: ['sites we (?:love|recommend|like)', 'other (?:great|useful|helpful) (?:sites|blogs|resources)'],
    hints: ['tools', 'toolkit', 'toolbox', 'recommended', 'bookmarks', 'favou?rites', 'link round ?up', 'werkzeuge', 'outils', 'herramientas'],
    bodyWeight: { first: 8, distinct: 4, repeat: 1, cap: 20 },
  },
  {
    // Roundups and "best X" lists: curated links to other sites, each one a candidate placement.
    kind: 'roundup',
    both: [
      '(?:link|links|weekly|monthly|news|reading|resource|expert) round ?-?ups?', 'round ?-?ups?', 'links? of the (?:week|month|day)',
      'weekly (?:links|digest|reads|picks|roundup)', 'this week in', `what (?:i|we)${APOS}(?:m|re|ve been) reading`,
      'reading list', 'curated (?:links|list|collection|picks)', 'best of the (?:week|month|year|web)', 'in case you missed it',
      'lesetipps', 'linktipps', 'revue de (?:presse|liens)', 'seleccion de enlaces',
    ],
    labelOnly: [
      'top \\d{1,3}', `\\d{1,3} (?:best|top|great|essential|must ?-?(?:read|have|see|try)|favou?rite|useful|amazing|awesome|free|coolest|greatest|funniest|most popular|cheapest)(?: ${W}){1,4}`,
      `(?:best|top)(?: ${W}){1,3} (?:of|for|in) (?:19|20)\\d{2}`,
      `(?:best|top)(?: \\d{1,4})?(?: ${W}){0,3} (?:blogs|tools|apps|books|podcasts|products|newsletters|courses|plugins|gifts|examples|alternatives)`,
      'issue (?:#|no\\.? ?)?\\d{1,4}', '(?:weekly|monthly) newsletter', 'digest',
    ],
    bodyOnly: ['here are (?:the|our|my) (?:top|best|favou?rite)', `this week${APOS}s (?:links|picks|reads|finds)`, 'curated by', 'our (?:top|favou?rite) picks'],
    hints: ['best', 'top picks', 'picks', 'newsletter', 'weekly', 'edition', 'favou?rites', 'list'],
    bodyWeight: { first: 8, distinct: 4, repeat: 1, cap: 20 },
  },
  {
    kind: 'guest-post',
    both: [
      'write for (?:us|me)', 'write with us', 'guest (?:posts?|posting|blogging|bloggers?|authors?|contributors?|articles?|writers?)',
      '(?:contributor|submission|writer|editorial|guest post|posting) guidelines', 'become an? (?:contributor|writer|guest author|author)',
      'accepting guest posts?', 'submit (?:a |an |your )?(?:guest post|article|post|story|pitch|content)',
      'gastbeitr(?:ag|age|agen)', 'gastartikel', 'gastautor(?:en|in)?', 'fur uns schreiben', 'schreib(?:en sie)? fur uns',
      'articles? invites?', 'ecri(?:re|vez) pour nous', 'redacteurs? invites?', 'devenir (?:contributeur|redacteur)',
      'escrib(?:e|ir|a) para nosotros', 'articulos? invitados?', 'autor(?:es)? invitados?', 'colabora con nosotros',
    ],
    labelOnly: [],
    bodyOnly: ['do-?follow (?:links?|backlinks?)', 'we accept (?:guest )?(?:posts|articles|submissions)'],
    hints: ['contribute', 'contributors?', 'contributing', 'submissions?', 'pitch us', 'sponsored posts?', 'mitmachen', 'contribuer', 'colaborar'],
    bodyWeight: { first: 10, distinct: 5, repeat: 1, cap: 25 },
  },
  {
    kind: 'directory',
    both: [
      '(?:submit|add|suggest|list) (?:your |a |new )?(?:site|website|url|link|listing|business|company|blog)', 'add url',
      '(?:web|link|business|website|blog|local|free|online|niche) directory', 'directory listings?', 'featured listings?',
      'browse (?:by )?categor(?:y|ies)', 'webkatalog', 'branchenbuch', '(?:seite|website|webseite) eintragen', 'eintrag hinzufugen',
      'annuaire(?: web)?', '(?:ajouter|soumettre|inscrire) (?:un|votre) site', 'directorio(?: web)?', '(?:anadir|agregar|enviar) (?:un |tu |su )?sitio',
    ],
    labelOnly: ['director(?:y|ies)', 'listings'],
    bodyOnly: ['(?:latest|new|premium|recent) listings', 'listing details'],
    hints: ['categories', 'all categories', 'listing'],
    bodyWeight: { first: 10, distinct: 5, repeat: 1, cap: 25 },
  },
  {
    kind: 'contact',
    both: [
      'contact (?:us|me)', 'get in touch', 'reach us', 'kontaktieren sie uns', 'contactez(?:-| )nous', 'nous contacter',
      'contactanos', 'ponte en contacto',
    ],
    labelOnly: ['contacts?', 'kontakt', 'contacto', 'contact (?:form|information|info|details|page)'],
    bodyOnly: [
      'send us a message', 'contact form', 'fill (?:out|in) (?:the|this|our) form', `we${APOS}ll get back to you`, 'reach us at',
      'call us', 'e-?mail us', 'write to us', 'drop us a (?:line|note)', '(?:office|opening|business) hours', '(?:our|postal|mailing) address',
    ],
    hints: ['say hello', 'enquiries', 'inquiries', 'impressum', 'support', 'hire me', 'work with (?:us|me)'],
    bodyWeight: { first: 8, distinct: 4, repeat: 1, cap: 20 },
  },
  {
    kind: 'journalist-query',
    both: [
      '#? ?journo ?requests?', 'haro', 'help a reporter(?: out)?', '(?:journalist|media|press|reporter|source) (?:requests?|query|queries)',
      'request for (?:sources|experts|comments?|input|quotes)', 'call for (?:experts|sources|expert comments?|contributors)',
      'looking for (?:experts?|sources?|an expert|a source|commentators|case studies|interviewees|(?:expert )?(?:quotes?|comments?|commentary|input))',
      'seeking (?:experts?|sources?|commentators|case studies|(?:expert )?(?:quotes?|comments?|commentary|input))',
      'expert (?:quotes?|comments?|commentary|sources|input) (?:wanted|needed)',
    ],
    labelOnly: ['expert (?:quotes?|commentary|comments?)'],
    bodyOnly: [
      'deadline ?:', 'qwoted', 'sourcebottle',
      `(?:i${APOS}m|we${APOS}re|i am|we are) (?:writing|working on|putting together|researching) (?:an?|my|our) (?:article|piece|story|feature|report|round ?up)`,
      'for an upcoming (?:article|piece|story|feature|report)',
      '(?:please )?(?:send|email|dm) (?:me |us )?(?:your )?(?:pitches|responses|insights|quotes|tips|answers)',
    ],
    hints: ['deadline', 'quer(?:y|ies)', 'callout', 'call out', 'sources? wanted'],
    bodyWeight: { first: 12, distinct: 6, repeat: 1, cap: 40 },
  },
];

export const PHRASE_RULES: readonly PhraseRule[] = FRAGMENTS.map((f) => ({
  kind: f.kind,
  labels: phraseRegex([...f.both, ...f.labelOnly]),
  hints: phraseRegex(f.hints),
  body: phraseRegex([...f.both, ...f.bodyOnly]),
  bodyWeight: f.bodyWeight,
}));

/** Link texts that invite a site to be listed: a directory's own "Submit your site" button. */
export const SUBMIT_LINK = phraseRegex([
  '(?:submit|add|suggest|list) (?:your |a |new )?(?:site|website|url|link|listing|business|company)',
  'add url', '(?:seite|website) eintragen', '(?:ajouter|soumettre) (?:un|votre) site', '(?:anadir|agregar|enviar) (?:un |tu |su )?sitio',
]);
