import { describe, expect, it } from 'vitest';
import { pathLabels, titleLabels } from '@/lib/scan/kind-phrases';
import { hrefHost } from '@/lib/scan/text-href';
import { fold, pageText, TEXT_LIMIT } from '@/lib/scan/text-page';
import { docAt } from '../dom';

const PAGE = 'https://site.example/a/';

describe('pageText', () => {
  it('reads the content text, leaving out scripts, styles, navigation, footers and sidebars', () => {
    const doc = docAt(
      PAGE,
      `<body><header>Site name</header><nav>Menu words</nav><div role="navigation">Role menu</div>
       <main><h1>Title</h1><ul><li>one</li><li>two</li></ul><p>Some <b>bold</b> text.</p>
       <script>var hidden = 1;</script><style>p{}</style><noscript>no script</noscript><template>tpl</template></main>
       <aside>Sidebar</aside><div role="complementary">Role aside</div><footer>Footer words</footer><div role="contentinfo">Role footer</div></body>`,
    );
    const { text, folded, words, truncated } = pageText(doc);
    expect(text).toBe('Site name Title one two Some bold text.');
    expect(folded).toBe('site name title one two some bold text.');
    expect(words).toBe(8);
    expect(truncated).toBe(false);
  });

  it(`stops reading at ${TEXT_LIMIT} characters`, () => {
    const doc = docAt(PAGE, `<body><p>${'word '.repeat(150_000)}</p></body>`);
    const read = pageText(doc);
    expect(read.truncated).toBe(true);
    expect(read.text.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(read.text.length).toBeGreaterThan(TEXT_LIMIT - 10);
  });

  it('reads a changed page afresh once the current task is over', async () => {
    const doc = docAt(PAGE, '<body><p>before</p></body>');
    expect(pageText(doc).text).toBe('before');
    doc.querySelector('p')?.replaceChildren('after');
    expect(pageText(doc).text).toBe('before'); // same task: read once
    await Promise.resolve();
    expect(pageText(doc).text).toBe('after');
  });
});

describe('fold', () => {
  it.each([
    ['Écrire pour NOUS', 'ecrire pour nous'],
    ['Für  uns\n schreiben', 'fur uns schreiben'],
    ['  Plain ASCII  ', 'plain ascii'],
    ['Añadir sitio', 'anadir sitio'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('hrefHost', () => {
  it.each<[string, string | null]>([
    ['https://www.Example.org/path', 'www.example.org'],
    ['//cdn.example.net/x', 'cdn.example.net'],
    ['http://user:pw@host.example:8080/', 'host.example'],
    ['HTTPS://HOST.EXAMPLE.', 'host.example'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['/relative/path', 'base.example'],
    ['page.html', 'base.example'],
    ['mailto:me@example.org', null],
    ['javascript:void(0)', null],
    ['https://[bad/', null],
  ])('%s → %s', (href, host) => expect(hrefHost(href, 'base.example')).toBe(host));
});

describe('labels', () => {
  it('splits titles at the separators between page and site names', () => {
    expect(titleLabels('Write for Us – Guest Post Guidelines | Growth Notes').map((l) => l.folded)).toEqual([
      'write for us',
      'guest post guidelines',
      'growth notes',
    ]);
    expect(titleLabels('#JournoRequest: Looking for experts').map((l) => l.raw)).toEqual(['#JournoRequest', 'Looking for experts']);
  });

  it('reads path segments as words, decoding and dropping file extensions', () => {
    const { segments, raw } = pathLabels('https://site.example/blog/Write_For-Us.html?x=1');
    expect(segments.map((s) => s.folded)).toEqual(['blog', 'write for us']);
    expect(raw).toBe('/blog/Write_For-Us.html');
    expect(pathLabels('https://site.example/%C3%A9crire-pour-nous/').segments.map((s) => s.folded)).toEqual(['ecrire pour nous']);
    expect(pathLabels('https://site.example/100%-off/').segments.map((s) => s.folded)).toEqual(['100% off']);
    expect(pathLabels('not a url')).toEqual({ segments: [], raw: '' });
  });
});
