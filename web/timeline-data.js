import { label } from './common.js';

// Timeline entries: {date, fact (event|agreement|measure|indicator), kind, label, release_id,
// title, published, item (the fact itself)}.
export function timelineDate(t) {
  return t.date || t.published || '';
}
export function timelineText(t) {
  const it = t.item || {};
  const words = t.label || it.name || it.description || it.subject || '';
  return [label(t.kind), words].filter(Boolean).join(': ');
}
export function timelineKind(t) {
  return t.fact || 'event';
}
