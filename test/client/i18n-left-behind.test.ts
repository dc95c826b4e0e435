import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../client/src/i18n/i18n.ts';
import { LeftBehindList } from '../../client/src/features/planner/components/left-behind-list.tsx';
import { LeftBehindSection } from '../../client/src/features/print/components/left-behind-section.tsx';
import { explainLeftBehind, type LeftBehind } from '../../shared/plan/checks/explain.ts';
import type { SummaryLeftBehind } from '../../shared/schemas/summary.ts';
import { area, offer, rule, snapshot } from '../core/fixtures.ts';

// The planner's list and the printed section word who is left behind from the explanation's codes, in the
// language they are rendered in; an explanation stored without codes shows its English, marked lang="en".

const s = snapshot({
  areas: [area('seoul', 'seoul', 300), area('busan', 'busan', 1200)],
  offers: [offer({ id: 'sdf', partnerId: 'jp-mod', category: 'sdf', aircraftType: 'C-2' }), offer({ id: 'sub', status: 'submitted', aircraftType: 'A350' })],
  scenario: { accessRules: [rule({ reason: 'Host nation has not granted landing rights to SDF aircraft.' })] },
});
const left = explainLeftBehind(s, { sorties: [] });
const summary: SummaryLeftBehind = {
  left: 1500, leftByPriority: { p1: 0, p2: 0, p3: 1500 }, source: 'plan',
  countries: left.countries.map((c) => ({ ...c, name: 'South Korea' })),
  areas: left.areas.map(({ partnerId: _p, seatRequestId: _r, ...a }) => a),
  unlisted: { areas: 0, left: 0, leftByPriority: { p1: 0, p2: 0, p3: 0 } },
};
function render<P extends object>(lng: 'en' | 'ja', el: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: i18n.cloneInstance({ lng }) }, createElement(el, props)));
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('left behind, rendered in Japanese', () => {
  it('the planner list words reason and remedy in Japanese, numbers by Intl, nothing marked English', () => {
    const html = render('ja', LeftBehindList, { leftBehind: left, onArea: () => {} });
    const t = text(html);
    expect(t).toContain('自衛隊の C-2（5 便）は ICN、GMP で許可されていません（Host nation has not granted landing rights to SDF aircraft）。');
    expect(t).toContain('PUS から飛ぶ受諾済みの提供がありません。');
    expect(t).toContain('改善策: 提出済みの提供 sub（A350）の受諾、またはICN で民間ソーティを +2 便（各 150 席）');
    expect(t).toContain('1,200');
    expect(t).not.toMatch(/left in|denied at|no accepted offer|\{\{/);
    expect(html).not.toContain('lang="en"');
  });

  it('the printed section in Japanese, and in English the same explanation as the API\'s sentences', () => {
    const ja = text(render('ja', LeftBehindSection, { left: summary }));
    expect(ja).toContain('PUS から飛ぶ受諾済みの提供がありません。');
    expect(ja).toContain('提出済みの提供 sub（A350）の受諾');
    expect(ja).not.toMatch(/denied at|no accepted offer|\{\{/);
    const en = text(render('en', LeftBehindSection, { left: summary }));
    for (const a of summary.areas) {
      expect(en).toContain(a.reason.slice(a.reason.indexOf(': ') + 2));
      expect(en).toContain(a.remedy);
    }
  });

  it('the areas a summary only counts get one line, in the paper\'s language, and none when it lists them all', () => {
    const more = { ...summary, unlisted: { areas: 2979, left: 12345, leftByPriority: { p1: 6, p2: 339, p3: 12000 } } };
    const ja = text(render('ja', LeftBehindSection, { left: more }));
    expect(ja).toContain('ほか 2,979 か所の集合地点に 12,345 人(優先度1: 6、優先度2: 339、優先度3: 12,000)');
    const en = text(render('en', LeftBehindSection, { left: more }));
    expect(en).toContain('… and 2,979 more areas with 12,345 people left (priority 1: 6, priority 2: 339, priority 3: 12,000)');
    expect(text(render('en', LeftBehindSection, { left: { ...more, unlisted: { ...more.unlisted, areas: 1 } } }))).toContain('1 more area with');
    expect(text(render('en', LeftBehindSection, { left: summary }))).not.toContain('more area');
  });

  it('an explanation stored before the codes shows its English sentence, marked lang="en"', () => {
    const old = { ...left, areas: left.areas.map(({ reasonCode: _c, ...a }) => a) } as unknown as LeftBehind;
    const html = render('ja', LeftBehindList, { leftBehind: old, onArea: () => {} });
    expect(html).toContain('lang="en"');
    expect(text(html)).toContain('no accepted offer flies from PUS');
  });
});
