import { describe, expect, it } from 'vitest';
import { makeFormat } from '../../client/src/i18n/format.ts';
import { browserLanguage, chooseLanguage } from '../../client/src/i18n/choose-language.ts';
import { i18n } from '../../client/src/i18n/i18n.ts';

describe('Intl formats by language', () => {
  const at = '2027-04-06T12:00:00Z';
  it('Japanese reads JST, English UTC; the zone is always named', () => {
    expect(makeFormat('ja').dateTime(at)).toBe('2027年4月6日 21:00 JST');
    expect(makeFormat('en').dateTime(at)).toBe('6 Apr 2027 12:00 UTC');
    expect(makeFormat('en').shortTime(at)).toBe('06 Apr 12:00Z');
    expect(makeFormat('ja').shortTime(at)).toBe('4/6 21:00');
  });
  it('numbers, percentages and what is not a time', () => {
    expect(makeFormat('en').number(12345.6)).toBe('12,346');
    expect(makeFormat('ja').number(12345)).toBe('12,345');
    expect(makeFormat('ja').percent(1, 4)).toBe('25%');
    expect(makeFormat('en').percent(1, 0)).toBe('–');
    expect(makeFormat('en').dateTime(null)).toBe('–');
    expect(makeFormat('en').dateTime('not a time')).toBe('not a time');
  });
});

describe('which language a user sees', () => {
  it('the account choice wins; liaisons default to English, the others to the browser', () => {
    expect(chooseLanguage('ja', 'liaison', ['en-US'])).toBe('ja');
    expect(chooseLanguage(null, 'liaison', ['ja-JP'])).toBe('en');
    expect(chooseLanguage(null, 'planner', ['ja-JP', 'en'])).toBe('ja');
    expect(chooseLanguage(null, 'reader', ['ko-KR', 'ja'])).toBe('ja');
    expect(chooseLanguage('fr', 'planner', ['fr-FR'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});

describe('plurals by ICU rules', () => {
  it('English one/other, Japanese other only', () => {
    const en = i18n.getFixedT('en', 'setup');
    const ja = i18n.getFixedT('ja', 'setup');
    expect(en('welcome.airports.count', { count: 1 })).toBe('1 airport.');
    expect(en('welcome.airports.count', { count: 3 })).toBe('3 airports.');
    expect(ja('welcome.airports.count', { count: 1 })).toBe('空港 1 件。');
  });
});
