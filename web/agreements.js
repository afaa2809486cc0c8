// Agreements tracker: FTAs, MOUs and partnerships with their latest reported status.
import { api, el, clear, header, showError, sortableTable } from './common.js';
import { agreementColumns, filterSelect } from './facts.js';

header('agreements.html');
const main = document.getElementById('main');
main.append(el('h1', {}, 'Agreements'), el('p', { class: 'lead' }, 'Trade agreements, memorandums and declarations, with their status as each release reports it. Click a column to sort.'));

try {
  const r = await api('agreements', { limit: 1000 });
  const rows = r.items;
  const filters = el('div', { class: 'filters' });
  const tableBox = el('div', { id: 'table' });
  const state = { kind: '', status: '', party: '' };
  const draw = () => {
    const view = rows.filter((a) => (!state.kind || a.kind === state.kind) && (!state.status || a.status === state.status) &&
      (!state.party || (a.parties || []).includes(state.party)));
    clear(tableBox).append(el('p', { class: 'summary' }, `${view.length} of ${rows.length} agreements`),
      sortableTable(agreementColumns, view, { initial: 'date', descending: true }));
  };
  filters.append(
    filterSelect('kind', rows, (a) => a.kind, (e) => { state.kind = e.target.value; draw(); }),
    filterSelect('status', rows, (a) => a.status, (e) => { state.status = e.target.value; draw(); }));
  const parties = [...new Set(rows.flatMap((a) => a.parties || []))];
  filters.append(filterSelect('party', parties.map((p) => ({ p })), (x) => x.p, (e) => { state.party = e.target.value; draw(); }, (v) => v));
  main.append(filters, tableBox);
  draw();
} catch (e) {
  showError(main, e);
}
