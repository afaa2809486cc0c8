// Country page: its timeline of events, agreements and their status, measures it imposes and
// those imposed by others in releases about it, and its trade indicators. Without ?code=, the
// list of countries on record.
import { api, el, header, showError, param, pageUrl, countryName, label, releaseLink, sortableTable } from './common.js';
import { measureColumns, agreementColumns, indicatorColumns } from './facts.js';
import { timelineDate, timelineText, timelineKind } from './timeline-data.js';

header('country.html');
const main = document.getElementById('main');

async function countryList() {
  main.append(el('h1', {}, 'Countries'));
  const r = await api('entities', { kind: 'country', limit: 1000 });
  const rows = r.items.map((e) => ({ code: e.value || e.code, name: e.name || countryName(e.value || e.code), releases: e.releases || 0 }));
  main.append(sortableTable([
    { key: 'name', title: 'Country', render: (c) => el('a', { href: pageUrl('country.html', { code: c.code }) }, c.name) },
    { key: 'code', title: 'Code' },
    { key: 'releases', title: 'Releases', numeric: true },
  ], rows, { initial: 'releases', descending: true }));
}

async function country(code) {
  document.title = `tradewatch · ${countryName(code)}`;
  main.append(
    el('h1', {}, countryName(code), ' ', el('span', { class: 'code' }, code)),
    el('p', { class: 'links' },
      el('a', { href: pageUrl('index.html', { country: code }) }, 'Releases mentioning it'), ' · ',
      el('a', { href: pageUrl('timeline.html', { country: code }) }, 'Timeline chart'), ' · ',
      el('a', { href: pageUrl('network.html', { country: code }) }, 'Partner network')));
  const [timeline, agreements, measuresAbout, measuresAll, indicators] = await Promise.all([
    api('timeline', { country: code, limit: 1000 }),
    api('agreements', { country: code, limit: 1000 }),
    api('measures', { country: code, limit: 1000 }),
    api('measures', { limit: 1000 }),
    api('indicators', { country: code, limit: 1000 }),
  ]);

  const tl = el('ol', { class: 'timeline', id: 'country-timeline' });
  const entries = [...timeline.items].sort((a, b) => String(timelineDate(a)).localeCompare(String(timelineDate(b))));
  for (const t of entries) {
    tl.appendChild(el('li', { class: `tl tl-${timelineKind(t)}` },
      el('time', {}, timelineDate(t)), ' ',
      el('span', { class: 'tl-kind' }, label(timelineKind(t))), ' ',
      el('span', { class: 'tl-text' }, timelineText(t)), ' ',
      t.release_id ? releaseLink(t.release_id, '↗') : null));
  }
  if (!entries.length) tl.appendChild(el('li', { class: 'empty' }, 'Nothing dated on record.'));

  const parties = agreements.items.filter((a) => !(a.parties || []).length || a.parties.includes(code));
  const by = measuresAll.items.filter((m) => m.jurisdiction === code);
  const against = measuresAbout.items.filter((m) => m.jurisdiction && m.jurisdiction !== code);
  const ind = indicators.items.filter((i) => i.country === code || i.partner === code || (!i.country && !i.partner));

  main.append(
    el('section', { id: 'timeline-section' }, el('h2', {}, 'Timeline'), tl),
    el('section', { id: 'agreements-section' }, el('h2', {}, 'Agreements'), sortableTable(agreementColumns, parties, { initial: 'date', descending: true })),
    el('section', { id: 'measures-by' }, el('h2', {}, `Measures by ${countryName(code)}`), sortableTable(measureColumns, by, { initial: 'announced', descending: true })),
    el('section', { id: 'measures-against' }, el('h2', {}, `Measures by others in releases about ${countryName(code)}`), sortableTable(measureColumns, against, { initial: 'announced', descending: true })),
    el('section', { id: 'indicators-section' }, el('h2', {}, 'Indicators'), sortableTable(indicatorColumns, ind, { initial: 'period', descending: true })));
}

try {
  const code = param('code').toUpperCase();
  if (code) await country(code);
  else await countryList();
} catch (e) {
  showError(main, e);
}
