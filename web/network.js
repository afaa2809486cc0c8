// Partner network: countries linked by the events they share, edge width by count.
import * as echarts from './vendor/echarts.esm.min.js';
import { api, el, header, showError, param, pageUrl, countryName, label } from './common.js';

header('network.html');
const main = document.getElementById('main');
const focus = param('country').toUpperCase();
const topic = param('topic');
main.append(el('h1', {}, 'Partner network', focus ? ` around ${countryName(focus)}` : '', topic ? ` · ${label(topic)}` : ''),
  el('p', { class: 'lead' }, 'Countries linked when they take part in the same events. Thicker links: more shared events. Click a country to open its page.'));
const chartBox = el('div', { id: 'chart', class: 'chart tall', role: 'img', 'aria-label': 'Partner network' });
main.append(chartBox);

try {
  const g = await api('graph', { topic: topic || null });
  let links = g.links || [];
  if (focus) links = links.filter((l) => l.source === focus || l.target === focus);
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = (g.nodes || []).filter((n) => !focus || linked.has(n.id) || n.id === focus);
  const maxW = Math.max(1, ...links.map((l) => l.weight || 1));
  const maxR = Math.max(1, ...nodes.map((n) => n.releases || 1));
  const chart = echarts.init(chartBox, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: {
      renderMode: 'richText',
      formatter: (p) => p.dataType === 'edge'
        ? `${countryName(p.data.source)} – ${countryName(p.data.target)}: ${p.data.weight} shared events\n${(p.data.topics || []).map(label).join(', ')}`
        : `${countryName(p.data.id)}: ${p.data.releases} releases`,
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 220, edgeLength: [60, 180], gravity: 0.08 },
      label: { show: true, position: 'right', formatter: (p) => p.data.id },
      data: nodes.map((n) => ({ id: n.id, name: n.id, releases: n.releases || 0, symbolSize: 10 + 30 * Math.sqrt((n.releases || 1) / maxR),
        itemStyle: n.id === focus ? { color: '#c0392b' } : undefined })),
      links: links.map((l) => ({ source: l.source, target: l.target, weight: l.weight || 1, topics: l.topics || [],
        lineStyle: { width: 1 + 6 * ((l.weight || 1) / maxW), opacity: 0.6 } })),
    }],
  });
  chart.on('click', (p) => { if (p.dataType === 'node') location.href = pageUrl('country.html', { code: p.data.id }); });
  window.addEventListener('resize', () => chart.resize());
  main.append(el('p', { class: 'summary', id: 'graph-count' }, `${nodes.length} countries, ${links.length} links.`));
} catch (e) {
  showError(main, e);
}
