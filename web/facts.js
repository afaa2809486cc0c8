// Columns shared by the trackers and the country page.
import { el, pageUrl, countryName, label, formatNumber, releaseLink } from './common.js';

const codeLink = (code) => (code ? el('a', { href: pageUrl('country.html', { code }) }, code) : '');
const codes = (list) => {
  const out = [];
  for (const c of list || []) {
    if (out.length) out.push(', ');
    out.push(codeLink(c));
  }
  return el('span', {}, out);
};
const source = { key: 'release', title: 'Release', value: (r) => r.title || r.release_id, render: (r) => releaseLink(r.release_id, r.title) };

export const measureColumns = [
  { key: 'announced', title: 'Announced', value: (r) => r.announced || r.published || '' },
  { key: 'jurisdiction', title: 'By', render: (r) => codeLink(r.jurisdiction), value: (r) => r.jurisdiction || '' },
  { key: 'kind', title: 'Measure', value: (r) => label(r.kind) },
  { key: 'sector', title: 'Sector', value: (r) => r.sector || '' },
  { key: 'stance', title: 'Stance', value: (r) => r.stance || '', render: (r) => el('span', { class: `stance stance-${r.stance || 'none'}` }, r.stance || '') },
  { key: 'description', title: 'Description', value: (r) => r.description || '' },
  source,
];

export const agreementColumns = [
  { key: 'date', title: 'Date', value: (r) => r.date || r.published || '' },
  { key: 'name', title: 'Agreement', value: (r) => r.name || '' },
  { key: 'kind', title: 'Kind', value: (r) => label(r.kind) },
  { key: 'parties', title: 'Parties', value: (r) => (r.parties || []).join(','), render: (r) => codes(r.parties) },
  { key: 'status', title: 'Status', value: (r) => r.status || '', render: (r) => el('span', { class: `status status-${r.status || 'none'}` }, label(r.status)) },
  source,
];

export const indicatorColumns = [
  { key: 'period', title: 'Period', value: (r) => r.period || '' },
  { key: 'metric', title: 'Metric', value: (r) => label(r.metric) },
  { key: 'subject', title: 'Subject', value: (r) => r.subject || '' },
  { key: 'country', title: 'Country', value: (r) => r.country || '', render: (r) => codeLink(r.country) },
  { key: 'partner', title: 'Partner', value: (r) => r.partner || '', render: (r) => codeLink(r.partner) },
  { key: 'value', title: 'Value', numeric: true, value: (r) => (r.value == null ? -Infinity : r.value), render: (r) => `${formatNumber(r.value)} ${r.unit || ''}` },
  { key: 'change_pct', title: 'Change %', numeric: true, value: (r) => (r.change_pct == null ? -Infinity : r.change_pct), render: (r) => (r.change_pct == null ? '' : `${r.change_pct > 0 ? '+' : ''}${r.change_pct}`) },
  source,
];

export const eventColumns = [
  { key: 'start', title: 'Date', value: (r) => r.start || r.published || '' },
  { key: 'type', title: 'Type', value: (r) => label(r.type) },
  { key: 'name', title: 'Event', value: (r) => r.name || '' },
  { key: 'place', title: 'Where', value: (r) => [r.venue, r.city, r.country ? countryName(r.country) : ''].filter(Boolean).join(', ') },
  { key: 'partners', title: 'Partners', value: (r) => (r.partners || []).join(','), render: (r) => codes(r.partners) },
  source,
];

// Every select offers the values present in the rows, so a filter can never select nothing.
export function filterSelect(name, rows, get, onchange, show = label) {
  const values = [...new Set(rows.map(get).filter(Boolean))].sort();
  const select = el('select', { name, 'aria-label': name }, el('option', { value: '' }, `any ${name}`),
    values.map((v) => el('option', { value: v }, show(v))));
  select.addEventListener('change', onchange);
  return select;
}
