// Timeline chart: the facts touching a country, topic, organization or person, by date and kind.
import * as echarts from './vendor/echarts.esm.min.js';
import { api, el, header, showError, param, pageUrl, countryName, label } from './common.js';
import { timelineDate, timelineText, timelineKind } from './timeline-data.js';

header('timeline.html');
const main = document.getElementById('main');

const subjects = ['country', 'topic', 'org', 'person'];
let subject = subjects.find((s) => param(s)) || 'country';
let value = param(subject) || 'KR';

const form = el('form', { class: 'filters', id: 'timeline-form' },
  el('select', { name: 'subject', 'aria-label': 'subject' }, subjects.map((s) => el('option', { value: s, selected: s === subject ? 'selected' : null }, s))),
  el('input', { name: 'value', value, 'aria-label': 'value', placeholder: 'KR, steel, WTO…' }),
  el('button', { type: 'submit' }, 'Show'));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const s = form.elements.subject.value;
  location.href = pageUrl('timeline.html', { [s]: form.elements.value.value.trim() });
});
const title = subject === 'country' ? `${countryName(value.toUpperCase())}` : label(value);
main.append(el('h1', {}, 'Timeline: ', title), form);
const chartBox = el('div', { id: 'chart', class: 'chart', role: 'img', 'aria-label': `Timeline of ${title}` });
main.append(chartBox);

try {
  const r = await api('timeline', { [subject]: value, limit: 1000 });
  const items = r.items.filter((t) => /^\d{4}/.test(timelineDate(t)));
  const kinds = [...new Set(items.map(timelineKind))].sort();
  // A day, month or year value is placed at its first day.
  const when = (d) => {
    const s = String(d).split('/')[0].slice(0, 10);
    return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
  };
  const recentStart = (dates) => {
    const last = dates.reduce((a, b) => (a > b ? a : b), '');
    return last ? `${Number(last.slice(0, 4)) - 3}${last.slice(4)}` : undefined;
  };
  const chart = echarts.init(chartBox, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 110, right: 30, top: 30, bottom: 60 },
    // richText tooltips draw on the canvas: release text never becomes markup.
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p) => `${p.data.date} · ${label(p.data.kind)}\n${p.data.text}\n${p.data.title}` },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: kinds.map(label) },
    // Open on the last three years; a stray old date should not squeeze the recent record.
    dataZoom: [{ type: 'slider', height: 20, bottom: 10, startValue: recentStart(items.map((t) => when(timelineDate(t)))) }],
    series: [{
      type: 'scatter', symbolSize: 12,
      data: items.map((t) => ({
        value: [when(timelineDate(t)), label(timelineKind(t))],
        date: timelineDate(t), kind: timelineKind(t), text: timelineText(t), title: t.title || '', id: t.release_id,
      })),
    }],
  });
  chart.on('click', (p) => { if (p.data && p.data.id) location.href = pageUrl('release.html', { id: p.data.id }); });
  window.addEventListener('resize', () => chart.resize());
  main.append(el('p', { class: 'summary', id: 'timeline-count' }, `${items.length} dated facts. Click a point to open its release.`));
} catch (e) {
  showError(main, e);
}
