// Release page: the stored text with every extracted mention and fact highlighted at its span.
import { api, el, clear, header, showError, param, pageUrl, countryName, label, formatNumber } from './common.js';

header('');

const MENTIONS = ['countries', 'blocs', 'organizations', 'people', 'dates', 'money', 'percents'];
const FACTS = ['events', 'agreements', 'measures', 'indicators'];
const SINGULAR = {
  countries: 'country', blocs: 'bloc', organizations: 'organization', people: 'person', dates: 'date',
  money: 'money', percents: 'percent', events: 'event', agreements: 'agreement', measures: 'measure',
  indicators: 'indicator',
};

// Spans are UTF-8 byte offsets; the page indexes UTF-16 code units. Map every byte boundary.
function byteIndex(text) {
  const map = new Map();
  let byte = 0;
  let i = 0;
  map.set(0, 0);
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
    map.set(byte, i);
  }
  return map;
}

function summary(field, item) {
  switch (field) {
    case 'countries': return `${countryName(item.code)} (${item.code})`;
    case 'blocs': return label(item.code);
    case 'organizations': return item.acronym ? `${item.name} (${item.acronym})` : item.name;
    case 'people': return [item.name, item.title, item.organization].filter(Boolean).join(', ');
    case 'dates': return `${item.text} → ${item.value}`;
    case 'money': return `${formatNumber(item.amount)} ${item.currency}`;
    case 'percents': return `${item.value} %`;
    case 'events': return `${label(item.type)}${item.name ? ': ' + item.name : ''}${item.start ? ' · ' + item.start : ''}`;
    case 'agreements': return `${item.name || label(item.kind)}${item.status ? ' · ' + label(item.status) : ''}`;
    case 'measures': return `${item.jurisdiction || '?'} ${label(item.kind)}${item.sector ? ' on ' + item.sector : ''} · ${item.stance || ''}`;
    case 'indicators': return `${label(item.metric)} ${item.subject || ''}: ${formatNumber(item.value)} ${item.unit || ''}${item.change_pct != null ? ` (${item.change_pct > 0 ? '+' : ''}${item.change_pct} %)` : ''}`;
    default: return '';
  }
}

// Every item with its spans in title or body, in one list the text and the panel share.
function collect(rec) {
  const items = [];
  for (const field of [...MENTIONS, ...FACTS]) {
    for (const item of rec[field] || []) {
      const spans = item.spans || (item.span ? [item.span] : []);
      items.push({ field, item, spans, inTitle: item.field === 'title', fact: FACTS.includes(field), index: items.length });
    }
  }
  return items;
}

// Cuts the text at every span edge; each piece carries the items that cover it.
function highlighted(text, items, inTitle, onPick) {
  const idx = byteIndex(text);
  const ranges = [];
  for (const it of items) {
    if (it.inTitle !== inTitle) continue;
    for (const [b, e] of it.spans) {
      const s = idx.get(b);
      const t = idx.get(e);
      if (s === undefined || t === undefined || t <= s) continue;
      ranges.push([s, t, it]);
    }
  }
  const cuts = new Set([0, text.length]);
  for (const [s, t] of ranges) { cuts.add(s); cuts.add(t); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    const covering = ranges.filter(([s, t]) => s <= a && b <= t).map((r) => r[2]);
    if (!covering.length) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(['hl']);
    for (const it of covering) classes.add((it.fact ? 'f-' : 'm-') + it.field);
    if (covering.some((it) => it.fact)) classes.add('fact');
    if (covering.some((it) => !it.fact)) classes.add('mention');
    const node = el('span', {
      class: [...classes].join(' '),
      title: covering.map((it) => `${SINGULAR[it.field]}: ${summary(it.field, it.item)}`).join('\n'),
      'data-items': covering.map((it) => it.index).join(' '),
      tabindex: 0,
    }, piece);
    node.addEventListener('click', () => onPick(covering, node));
    node.addEventListener('keydown', (e) => { if (e.key === 'Enter') onPick(covering, node); });
    frag.appendChild(node);
  }
  return frag;
}

function detailList(field, item) {
  const dl = el('dl', { class: 'fields' });
  for (const [k, v] of Object.entries(item)) {
    if (k === 'spans' || k === 'span' || k === 'field' || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    let shown = Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (k === 'amount' || (k === 'value' && field === 'indicators')) shown = `${formatNumber(v)} (${v})`;
    dl.append(el('dt', {}, label(k)), el('dd', {}, shown));
  }
  return dl;
}

function showItems(items) {
  const box = clear(document.getElementById('detail'));
  for (const it of items) {
    box.appendChild(el('div', { class: `item ${it.fact ? 'fact-card' : 'mention-card'}`, 'data-field': it.field },
      el('h3', {}, SINGULAR[it.field], ': ', summary(it.field, it.item)),
      detailList(it.field, it.item)));
  }
}

function pick(items, node) {
  document.querySelectorAll('.hl.selected').forEach((n) => n.classList.remove('selected'));
  if (node) node.classList.add('selected');
  showItems(items);
}

function factsPanel(items) {
  const box = clear(document.getElementById('facts'));
  for (const field of FACTS) {
    const list = items.filter((it) => it.field === field);
    if (!list.length) continue;
    box.appendChild(el('h2', {}, label(field)));
    const ul = el('ul', { class: 'fact-list' });
    for (const it of list) {
      ul.appendChild(el('li', {}, el('button', {
        type: 'button', class: 'fact-link', 'data-field': field,
        onclick: () => {
          const target = document.querySelector(`.hl[data-items~="${it.index}"]`);
          if (target) target.scrollIntoView({ block: 'center' });
          pick([it], target);
        },
      }, summary(field, it.item))));
    }
    box.appendChild(ul);
  }
  const mentions = items.filter((it) => !it.fact);
  if (mentions.length) {
    box.appendChild(el('h2', {}, 'Mentions'));
    const ul = el('ul', { class: 'tags' });
    for (const it of mentions) {
      const text = summary(it.field, it.item);
      const link = it.field === 'countries' ? el('a', { href: pageUrl('country.html', { code: it.item.code }) }, text) : text;
      ul.appendChild(el('li', { class: `tag m-${it.field}` }, link));
    }
    box.appendChild(ul);
  }
}

async function main() {
  const root = document.getElementById('release');
  const id = param('id');
  let rec;
  try {
    rec = await api('releases/' + encodeURIComponent(id));
  } catch (e) {
    showError(root, e);
    return;
  }
  document.title = `tradewatch · ${rec.title}`;
  const items = collect(rec);
  const topics = (rec.topics || []).map((t) => el('a', { class: 'topic', href: pageUrl('index.html', { topic: t }) }, label(t)));
  root.append(
    el('p', { class: 'meta' }, rec.published, rec.category ? ` · ${rec.category}` : '', rec.truncated ? ' · truncated by the source' : ''),
    el('h1', { id: 'title' }, highlighted(rec.title, items, true, pick)),
    topics.length ? el('p', { class: 'topics' }, topics) : null,
    el('div', { id: 'body', class: 'body' }, highlighted(rec.body, items, false, pick)),
    el('p', { class: 'meta' }, 'Story ', el('code', {}, rec.story || ''), ' · ', el('code', {}, rec.id)));
  factsPanel(items);
}

main();
