import { label } from './common.js';

// A timeline entry may be any fact; pick its date and words whatever its table.
export function timelineDate(t) {
  return t.date || t.start || t.announced || t.period || t.published || '';
}
export function timelineText(t) {
  return t.name || t.description || [label(t.metric), t.subject].filter(Boolean).join(' ') || label(t.kind || t.type) || t.title || '';
}
export function timelineKind(t) {
  return t.fact || t.table || (t.type ? 'event' : t.metric ? 'indicator' : t.stance ? 'measure' : t.status ? 'agreement' : 'event');
}
