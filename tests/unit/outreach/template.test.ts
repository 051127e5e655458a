import { describe, expect, it } from 'vitest';
import { parseTemplate, positionOf } from '@/lib/outreach/template-parse';
import { renderTemplate } from '@/lib/outreach/render';
import { composeMessage, lintStep } from '@/lib/outreach/lint';
import { MERGE_FIELD_NAMES, type MergeValues } from '@/lib/outreach/fields';

const values = (over: Partial<MergeValues> = {}): MergeValues => ({
  ...(Object.fromEntries(MERGE_FIELD_NAMES.map((f) => [f, ''])) as Record<keyof MergeValues, string>),
  ...over,
});

describe('merge fields with fallbacks', () => {
  it.each([
    ['Hi {first_name|there},', { first_name: 'Maya' }, 'Hi Maya,', []],
    ['Hi {first_name|there},', {}, 'Hi there,', []],
    ['Hi {first_name|},', {}, 'Hi ,', []],
    ['Hi {first_name},', {}, 'Hi ,', ['first_name']],
    ['Hi {first_name},', { first_name: '   ' }, 'Hi ,', ['first_name']],
    ['{ page_title | your page } and {page_url}', { page_title: 'Bees', page_url: 'https://a.example/' }, 'Bees and https://a.example/', []],
    ['{page_title|a | b}', {}, 'a | b', []],
    ['Braces {{like this}}', {}, 'Braces {like this}', []],
    ['{my_name} {my_name}', {}, ' ', ['my_name']],
  ])('%s', (source, given, text, missing) => {
    const result = renderTemplate(source, values(given));
    expect(result).toEqual({ ok: true, text, missing });
  });

  it.each([
    ['Hi {first_name', 'never closed', 'line 1, column 4'],
    ['Hi\n  {first_name {site_name}', 'never closed', 'line 2, column 3'],
    ['Hi first_name}', 'closes nothing', 'line 1, column 14'],
    ['Hi {frist_name}', 'is not a merge field', 'line 1, column 4'],
    ['Hi {}', 'empty field', 'line 1, column 4'],
  ])('reports %j', (source, message, where) => {
    const result = parseTemplate(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toContain(message);
    expect(result.problems[0]?.message).toContain(where);
  });

  it('suggests the field meant by a near miss and lists fields otherwise', () => {
    const near = parseTemplate('{firstName}');
    expect(!near.ok && near.problems[0]?.message).toContain('Did you mean {first_name}?');
    const far = parseTemplate('{zodiac}');
    expect(!far.ok && far.problems[0]?.message).toContain('{broken_anchor}');
  });

  it('reports every problem, not only the first', () => {
    const result = parseTemplate('{a} and {b} and {');
    expect(!result.ok && result.problems).toHaveLength(3);
  });

  it('counts positions from one', () => {
    expect(positionOf('ab\ncd', 4)).toBe('line 2, column 2');
  });
});

describe('lint', () => {
  it('passes a clean step and names each problem of a bad one', () => {
    expect(lintStep({ subject: 'Hi {first_name|there}', body: 'Body', waitDays: 3 }, 'Step 1')).toEqual([]);
    const problems = lintStep({ subject: ' ', body: 'Dear [NAME], see {page_url', waitDays: 3 }, 'Step 2');
    expect(problems[0]).toBe('Step 2: the subject is empty.');
    expect(problems.some((p) => p.startsWith('Step 2, body:') && p.includes('never closed'))).toBe(true);
  });

  it.each(['Dear [NAME],', 'Dear <<name>>,', 'A {{brace}} left'])('flags the placeholder in %j', (body) => {
    expect(lintStep({ subject: 'S', body, waitDays: 0 }, 'Step 1').join(' ')).toContain('looks like a placeholder');
  });

  it('does not flag brackets that come from the prospect', () => {
    const message = composeMessage({ subject: '{page_title}', body: 'About {page_title}', waitDays: 0 }, values({ page_title: 'Bees [2024 update]' }));
    expect(message.problems).toEqual([]);
    expect(message.subject).toBe('Bees [2024 update]');
  });

  it('blocks a message with an empty field that has no fallback', () => {
    const message = composeMessage({ subject: 'About {page_title|your page}', body: 'Your link to {broken_url} is dead', waitDays: 0 }, values());
    expect(message.subject).toBe('About your page');
    expect(message.problems).toHaveLength(1);
    expect(message.problems[0]).toContain('{broken_url} is empty for this prospect');
  });
});
