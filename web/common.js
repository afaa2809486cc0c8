// Shared helpers for every page. All data reaches the page as text nodes (textContent): no
// page builds HTML from strings, so a release that contains markup shows it as plain text.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// GET /api/<path> with params (arrays become repeated names); throws ApiError on failure.
export async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) qs.append(k, String(one));
  }
  const url = '/api/' + path + (qs.toString() ? '?' + qs : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, 'bad_response', `the server answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const e = (body && body.error) || {};
    throw new ApiError(res.status, e.code || 'error', e.message || `HTTP ${res.status}`);
  }
  return body;
}

// Builds an element. attrs: class, href, title, id, data-*, on<event> handlers; children:
// strings (as text), numbers, nodes, arrays, null.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else if (k === 'href') node.setAttribute('href', safeHref(v));
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.appendChild(c);
    else node.appendChild(document.createTextNode(String(c)));
  }
}

// Only links within the dashboard, or plain http(s) pages elsewhere.
export function safeHref(href) {
  const s = String(href);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {}
  return '#';
}

export function pageUrl(page, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) qs.append(k, String(one));
  }
  return '/' + page + (qs.toString() ? '?' + qs : '');
}

export function param(name) {
  return new URLSearchParams(location.search).get(name) || '';
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const regionNames = typeof Intl !== 'undefined' && Intl.DisplayNames ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

// "KR" → "South Korea"; bloc and region codes ("EU", "INDO_PACIFIC") read as themselves.
export function countryName(code) {
  if (!code) return '';
  if (/^[A-Z]{2}$/.test(code) && regionNames) {
    try {
      const n = regionNames.of(code);
      if (n && n !== code) return n;
    } catch {}
  }
  return code.replace(/_/g, ' ');
}

export function label(code) {
  return String(code ?? '').replace(/_/g, ' ');
}

export function formatNumber(v) {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  if (!Number.isFinite(n)) return String(v);
  const abs = Math.abs(n);
  if (abs >= 1e9) return (n / 1e9).toLocaleString('en', { maximumFractionDigits: 2 }) + ' bn';
  if (abs >= 1e6) return (n / 1e6).toLocaleString('en', { maximumFractionDigits: 2 }) + ' m';
  return n.toLocaleString('en', { maximumFractionDigits: 2 });
}

const PAGES = [
  ['index.html', 'Search'],
  ['country.html', 'Countries'],
  ['measures.html', 'Measures'],
  ['agreements.html', 'Agreements'],
  ['timeline.html', 'Timeline'],
  ['network.html', 'Partner network'],
];

// The header every page shares.
export function header(active) {
  const nav = el('nav', { class: 'nav' },
    el('a', { class: 'brand', href: '/' }, 'tradewatch'),
    PAGES.map(([page, text]) => el('a', { href: '/' + page, class: page === active ? 'active' : null }, text)));
  document.body.prepend(el('header', { class: 'top' }, nav));
}

export function showError(container, err) {
  container.appendChild(el('p', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err)));
}

export function releaseLink(id, title) {
  return el('a', { href: pageUrl('release.html', { id }) }, title || id);
}

// A table whose headers sort it (stable: equal keys keep their order). columns:
// [{key, title, value: row => sortable value, render: row => node|string, numeric}]
export function sortableTable(columns, rows, { initial = null, descending = false } = {}) {
  const table = el('table', { class: 'data' });
  const thead = el('thead');
  const tbody = el('tbody');
  table.append(thead, tbody);
  let sortKey = initial;
  let desc = descending;
  const headRow = el('tr');
  const ths = columns.map((c) => {
    const th = el('th', { scope: 'col', tabindex: 0, 'data-key': c.key, class: c.numeric ? 'num' : null }, c.title);
    const activate = () => {
      desc = sortKey === c.key ? !desc : false;
      sortKey = c.key;
      draw();
    };
    th.addEventListener('click', activate);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter') activate(); });
    headRow.appendChild(th);
    return th;
  });
  thead.appendChild(headRow);
  function value(c, row) {
    const v = c.value ? c.value(row) : row[c.key];
    return v === null || v === undefined ? '' : v;
  }
  function draw() {
    let view = rows.map((r, i) => [r, i]);
    const col = columns.find((c) => c.key === sortKey);
    if (col) {
      view.sort((a, b) => {
        const va = value(col, a[0]);
        const vb = value(col, b[0]);
        let cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
        if (desc) cmp = -cmp;
        return cmp || a[1] - b[1];
      });
    }
    for (const th of ths) {
      th.removeAttribute('aria-sort');
      if (th.dataset.key === sortKey) th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
    }
    clear(tbody);
    for (const [row] of view) {
      tbody.appendChild(el('tr', {}, columns.map((c) => el('td', { class: c.numeric ? 'num' : null }, c.render ? c.render(row) : String(value(c, row))))));
    }
    if (!rows.length) tbody.appendChild(el('tr', {}, el('td', { colspan: columns.length, class: 'empty' }, 'Nothing recorded.')));
  }
  draw();
  return table;
}
