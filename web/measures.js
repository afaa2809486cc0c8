// Measures tracker: every trade measure on record, filterable and sortable.
import { api, el, clear, header, showError, countryName } from './common.js';
import { measureColumns, filterSelect } from './facts.js';
import { sortableTable } from './common.js';

header('measures.html');
const main = document.getElementById('main');
main.append(el('h1', {}, 'Trade measures'), el('p', { class: 'lead' }, 'Tariffs, quotas, remedies and regulations reported in the releases, with the reporting government’s stance. Click a column to sort.'));

try {
  const r = await api('measures', { limit: 1000 });
  const rows = r.items;
  const filters = el('div', { class: 'filters' });
  const tableBox = el('div', { id: 'table' });
  const state = {};
  const draw = () => {
    const view = rows.filter((m) => Object.entries(state).every(([k, v]) => !v || m[k] === v));
    clear(tableBox).append(el('p', { class: 'summary' }, `${view.length} of ${rows.length} measures`),
      sortableTable(measureColumns, view, { initial: 'announced', descending: true }));
  };
  for (const [key, show] of [['jurisdiction', (c) => `${countryName(c)} (${c})`], ['kind', undefined], ['sector', (v) => v], ['stance', undefined]]) {
    filters.appendChild(filterSelect(key, rows, (m) => m[key], (e) => { state[key] = e.target.value; draw(); }, show));
  }
  main.append(filters, tableBox);
  draw();
} catch (e) {
  showError(main, e);
}
