#!/usr/bin/env node
// General-purpose NLP libraries on the feed, for comparison with `tradewatch extract`:
//   node extract.js --lib compromise|wink FILE... > out.jsonl
// Reads the feed format (SPEC §1), runs the library's entity recognizer on title and body and
// maps what it finds onto the SPEC §2 fields (countries, organizations, people, dates, money,
// percents) with UTF-8 byte spans, so tools/score.py can score it. Fields the libraries have no
// notion of (blocs, topics, events, agreements, measures, indicators) stay empty.
// Prints a one-line JSON summary (releases, bytes, seconds) on stderr.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const args = process.argv.slice(2);
let lib = 'compromise';
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--lib') lib = args[++i];
  else files.push(args[i]);
}
if (!files.length || !['compromise', 'wink'].includes(lib)) {
  console.error('usage: node extract.js --lib compromise|wink FILE...');
  process.exit(2);
}

// ---- the libraries ----
let analyze;
if (lib === 'compromise') {
  const nlp = require('compromise');
  nlp.plugin(require('compromise-dates'));
  // The offsets are the library's; the text is what they cover (its own text drops quotes).
  const spans = (doc, sel, text) => sel.json({ offset: true })
    .map((m) => ({ text: text.substr(m.offset.start, m.offset.length), start: m.offset.start, len: m.offset.length, m }));
  analyze = (text, published, withFacts) => {
    const doc = nlp(text);
    const out = {
      people: spans(doc, doc.people(), text),
      places: spans(doc, doc.places(), text),
      organizations: spans(doc, doc.organizations(), text),
      dates: [], money: [], percents: [],
    };
    if (withFacts) {
      out.money = spans(doc, doc.money(), text);
      out.percents = spans(doc, doc.percentages(), text).map((x) => ({ ...x, value: x.m.number && x.m.number.num }));
      out.dates = spans(doc, doc.dates({ today: published, timezone: 'UTC' }), text).map((x) => {
        const d = x.m.dates || {};
        const start = (d.start || '').slice(0, 10);
        let value = null;
        if (start) value = d.unit === 'month' ? start.slice(0, 7) : d.unit === 'year' ? start.slice(0, 4) : start;
        return { ...x, value };
      });
    }
    return out;
  };
} else {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  analyze = (text, published, withFacts) => {
    const doc = nlp.readDoc(text);
    // Token character offsets: wink gives token values and the spaces before each.
    const values = doc.tokens().out(its.value);
    const spaces = doc.tokens().out(its.precedingSpaces);
    const starts = new Array(values.length);
    let pos = 0;
    for (let i = 0; i < values.length; i++) {
      pos += spaces[i].length;
      starts[i] = pos;
      pos += values[i].length;
    }
    const out = { people: [], places: [], organizations: [], dates: [], money: [], percents: [] };
    if (!withFacts) return out;  // the lite model recognizes no names: nothing for titles
    doc.entities().each((e) => {
      const [a, b] = e.out(its.span);
      const start = starts[a];
      const end = starts[b] + values[b].length;
      const x = { text: text.slice(start, end), start, len: end - start };
      const type = e.out(its.type);
      if (type === 'DATE') out.dates.push({ ...x, value: dateValue(x.text, published) });
      else if (type === 'MONEY') out.money.push(x);
      else if (type === 'PERCENT') out.percents.push({ ...x, value: parseFloat(x.text.replace(/,/g, '')) });
    });
    return out;
  };
}

// ---- mapping onto the spec's fields ----
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
function dateValue(text, published) {
  const t = text.toLowerCase();
  const year = (t.match(/\b(19|20)\d\d\b/) || [published.slice(0, 4)])[0];
  const mi = MONTHS.findIndex((m) => t.includes(m));
  if (mi < 0) return /\b(19|20)\d\d\b/.test(t) ? year : null;
  const mm = String(mi + 1).padStart(2, '0');
  const day = t.slice(t.indexOf(MONTHS[mi]) + MONTHS[mi].length).match(/^\s+(\d{1,2})\b/);
  return day ? `${year}-${mm}-${day[1].padStart(2, '0')}` : `${year}-${mm}`;
}

const SCALE = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCY = [[/US\$|\$|\bUSD\b|dollar/i, 'USD'], [/\bKRW\b|\bwon\b|₩/i, 'KRW'], [/\bEUR\b|€|euro/i, 'EUR'],
  [/\bJPY\b|\byen\b|¥/i, 'JPY'], [/\bGBP\b|£|pound/i, 'GBP'], [/\bCNY\b|yuan|renminbi/i, 'CNY'], [/\bCAD\b|C\$/i, 'CAD']];
function moneyValue(text) {
  const n = text.match(/(\d[\d,]*(?:\.\d+)?)/);
  if (!n) return null;
  let amount = parseFloat(n[1].replace(/,/g, ''));
  const s = text.toLowerCase().match(/\b(thousand|million|mln|billion|bn|trillion)\b/);
  if (s) amount *= SCALE[s[1]];
  const c = CURRENCY.find(([re]) => re.test(text));
  return c ? { amount, currency: c[1] } : null;
}

// Place names → ISO 3166-1 codes from the same iso-codes data the engine uses, plus the short
// forms every English text uses.
const COUNTRY = new Map();
try {
  const iso = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
  for (const c of iso)
    for (const n of [c.name, c.common_name, c.official_name]) if (n) COUNTRY.set(n.toLowerCase(), c.alpha_2);
} catch (e) { /* without iso-codes, only the short forms below */ }
for (const [n, code] of [['u.s.', 'US'], ['us', 'US'], ['united states', 'US'], ['america', 'US'], ['uk', 'GB'],
  ['u.k.', 'GB'], ['britain', 'GB'], ['korea', 'KR'], ['south korea', 'KR'], ['republic of korea', 'KR'],
  ['russia', 'RU'], ['vietnam', 'VN'], ['iran', 'IR'], ['syria', 'SY'], ['taiwan', 'TW'], ['turkey', 'TR'],
  ['czech republic', 'CZ'], ['bolivia', 'BO'], ['venezuela', 'VE'], ['tanzania', 'TZ'], ['laos', 'LA']])
  COUNTRY.set(n, code);
function countryCode(text) {
  const t = text.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/[.,;:]+$/, (m) => (m === '.' && /\.\w\.$/.test(text.toLowerCase()) ? m : ''));
  return COUNTRY.get(t) || COUNTRY.get(t.replace(/\.$/, '')) || null;
}

// UTF-16 index → UTF-8 byte offset (the spec's spans are byte offsets).
function byteOffsets(text) {
  if (Buffer.byteLength(text) === text.length) return null;  // ASCII: the same
  const map = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { b += 4; map[++i] = b; continue; }
    else b += 3;
  }
  map[text.length] = b;
  return map;
}

function toRecord(rel) {
  const body = analyze(rel.body, rel.published, true);
  const title = analyze(rel.title, rel.published, false);
  const bodyMap = byteOffsets(rel.body);
  const titleMap = byteOffsets(rel.title);
  const span = (x, inTitle) => {
    const m = inTitle ? titleMap : bodyMap;
    return m ? [m[x.start], m[x.start + x.len]] : [x.start, x.start + x.len];
  };
  const grouped = (items, key, make) => {
    const by = new Map();
    for (const [x, inTitle] of items) {
      const k = key(x);
      if (!k) continue;
      if (!by.has(k)) by.set(k, make(x, k));
      const s = span(x, inTitle);
      if (s[1] > s[0]) by.get(k).spans.push(s);
    }
    return [...by.values()].filter((v) => v.spans.length);
  };
  const both = (f) => body[f].map((x) => [x, false]);
  const rec = {
    id: rel.id, title: rel.title, body: rel.body, category: rel.category, published: rel.published,
    truncated: false, story: null,
    countries: grouped(both('places'), (x) => countryCode(x.text), (x, k) => ({ code: k, spans: [] })),
    blocs: [],
    organizations: grouped(both('organizations'), (x) => x.text.replace(/['’]s$/, ''), (x, k) => ({
      name: k, acronym: /^[A-Z]{2,8}$/.test(k) ? k : '', country: '', spans: [],
    })),
    people: grouped(both('people'), (x) => x.text.replace(/['’]s$/, ''), (x, k) => ({
      name: k, aliases: [], title: '', organization: '', country: '', spans: [],
    })),
    dates: body.dates.filter((x) => x.value).map((x) => ({ text: x.text, value: x.value, span: span(x, false) })),
    money: body.money.map((x) => ({ x, v: moneyValue(x.text) })).filter((m) => m.v)
      .map(({ x, v }) => ({ text: x.text, amount: v.amount, currency: v.currency, span: span(x, false) })),
    percents: body.percents.filter((x) => Number.isFinite(x.value))
      .map((x) => ({ text: x.text, value: x.value, span: span(x, false) })),
    topics: [], events: [], agreements: [], measures: [], indicators: [],
  };
  // Title mentions are items of their own, marked with the spec's "field": "title".
  const titled = new Map();
  for (const x of title.places) {
    const code = countryCode(x.text);
    if (!code) continue;
    if (!titled.has(code)) titled.set(code, { code, field: 'title', spans: [] });
    titled.get(code).spans.push(span(x, true));
  }
  rec.countries.push(...titled.values());
  return rec;
}

// ---- the feed reader (the same record rules as the engine's reader) ----
function normalize(s) {
  return s.normalize('NFC').replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .replace(/[\ufeff\u200b\u2060]/g, '').trim();
}

async function* releases(file) {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let lines = null;
  const emit = function* () {
    if (!lines) return;
    const ls = lines.filter((l) => l.trim());
    if (ls.length < 2 || ls.length > 3) return;
    const m = ls[ls.length - 1].replace(/\s+$/, '').match(/^(.*)date(\d{4}-\d{2}-\d{2})$/s);
    if (!m) return;
    const body = normalize(m[1]);
    if (!body) return;
    yield { title: normalize(ls[ls.length - 2]), body, published: m[2], category: ls.length === 3 ? normalize(ls[0]) : null };
  };
  for await (const line of rl) {
    if (line === '-') {
      yield* emit();
      lines = [];
    } else if (lines) lines.push(line);
  }
  yield* emit();
}

(async () => {
  const t0 = process.hrtime.bigint();
  let n = 0;
  let bytes = 0;
  const seen = new Set();
  const out = [];
  const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
  for (const f of files) {
    bytes += fs.statSync(f).size;
    for await (const rel of releases(f)) {
      const key = rel.title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') + '|' + rel.published;
      if (seen.has(key)) continue;
      seen.add(key);
      rel.id = 'p-' + n.toString(16).padStart(16, '0');
      out.push(JSON.stringify(toRecord(rel)) + '\n');
      if (out.length >= 256) flush();
      n++;
    }
  }
  flush();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.error(JSON.stringify({ lib, releases: n, bytes, seconds: +seconds.toFixed(3),
    releases_per_s: +(n / seconds).toFixed(1), mb_per_s: +(bytes / 1e6 / seconds).toFixed(3) }));
})();
