// Search page: the query and filters live in the address, so every view can be linked.
import { api, el, clear, header, showError, pageUrl, countryName, label } from './common.js';

header('index.html');

const FILTERS = ['country', 'bloc', 'topic', 'category', 'kind', 'org', 'person', 'from', 'to'];
const FACETS = [
  ['countries', 'Countries', 'country', countryName],
  ['blocs', 'Blocs and regions', 'bloc', label],
  ['topics', 'Topics', 'topic', label],
  ['event_types', 'Event types', 'kind', label],
  ['categories', 'Categories', 'category', (v) => v],
  ['years', 'Years', 'year', (v) => v],
];
const PAGE = 20;

function state() {
  const p = new URLSearchParams(location.search);
  const s = { q: p.get('q') || '', offset: Number(p.get('offset') || 0) || 0 };
  for (const f of FILTERS) s[f] = p.getAll(f);
  return s;
}

function go(s) {
  const params = { q: s.q, offset: s.offset || null };
  for (const f of FILTERS) params[f] = s[f];
  history.pushState(null, '', pageUrl('index.html', params));
  run();
}

function withFilter(s, name, value) {
  const next = { ...s, offset: 0 };
  if (name === 'year') {
    next.from = [value];
    next.to = [value];
  } else if (!s[name].includes(value)) {
    next[name] = ['country', 'bloc', 'topic', 'org', 'person'].includes(name) ? [...s[name], value] : [value];
  }
  return next;
}

function renderFacets(s, facets) {
  const box = clear(document.getElementById('facets'));
  for (const [key, title, filter, show] of FACETS) {
    const values = (facets && facets[key]) || [];
    if (!values.length) continue;
    const list = el('ul', {});
    for (const f of values.slice(0, 15)) {
      const active = filter === 'year' ? s.from[0] === f.value && s.to[0] === f.value : s[filter].includes(f.value);
      list.appendChild(el('li', {},
        el('button', { type: 'button', class: active ? 'facet active' : 'facet', 'data-facet': key, 'data-value': f.value,
                        onclick: () => go(withFilter(s, filter, f.value)) },
          el('span', { class: 'facet-name' }, show(f.value)), el('span', { class: 'count' }, f.count))));
    }
    box.appendChild(el('section', { class: 'facet-group', 'data-group': key }, el('h3', {}, title), list));
  }
}

function renderActive(s) {
  const box = clear(document.getElementById('active'));
  for (const f of FILTERS) {
    for (const v of s[f]) {
      const shown = f === 'country' ? `${countryName(v)} (${v})` : label(v);
      box.appendChild(el('button', { type: 'button', class: 'chip', title: 'Remove this filter',
        onclick: () => go({ ...s, offset: 0, [f]: s[f].filter((x) => x !== v) }) }, `${f}: ${shown} ×`));
    }
  }
}

function snippet(segments) {
  const p = el('p', { class: 'snippet' });
  for (const seg of segments || []) p.appendChild(seg.mark ? el('mark', {}, seg.text) : document.createTextNode(seg.text));
  return p;
}

async function run() {
  const s = state();
  document.getElementById('q').value = s.q;
  renderActive(s);
  const hits = clear(document.getElementById('hits'));
  const summary = document.getElementById('summary');
  const pager = clear(document.getElementById('pager'));
  summary.textContent = 'Searching…';
  const params = { q: s.q, limit: PAGE, offset: s.offset };
  for (const f of FILTERS) params[f] = s[f];
  let r;
  try {
    r = await api('search', params);
  } catch (e) {
    summary.textContent = '';
    renderFacets(s, null);
    showError(hits, e);
    return;
  }
  const count = r.total_exact === false ? `${r.total.toLocaleString('en')}+` : r.total.toLocaleString('en');
  summary.textContent = r.total === 1 && r.total_exact !== false ? '1 release' : `${count} releases`;
  if (s.q && r.ranked_over < r.total) summary.textContent += ` · ranked among the ${r.ranked_over.toLocaleString('en')} most recently stored`;
  renderFacets(s, r.facets);
  for (const h of r.hits) {
    hits.appendChild(el('li', { class: 'hit' },
      el('h2', {}, el('a', { href: pageUrl('release.html', { id: h.id }) }, h.title)),
      el('p', { class: 'meta' }, h.published, h.category ? ` · ${h.category}` : ''),
      snippet(h.snippet)));
  }
  if (s.offset > 0) pager.appendChild(el('button', { type: 'button', onclick: () => go({ ...s, offset: Math.max(0, s.offset - PAGE) }) }, '← Newer'));
  if (s.offset + r.hits.length < r.total) pager.appendChild(el('button', { type: 'button', onclick: () => go({ ...s, offset: s.offset + PAGE }) }, 'More →'));
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  go({ ...state(), q: document.getElementById('q').value.trim(), offset: 0 });
});
window.addEventListener('popstate', run);
run();
