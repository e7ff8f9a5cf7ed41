// How kubectl shows labels and selectors in tables: labels.FormatLabels (sorted "k=v"
// joined by ",", "<none>" when empty) and metav1.FormatLabelSelector (matchLabels and
// matchExpressions as "k=v,k in (a,b),!k,k"; "<none>" for a nil or empty selector).

export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

interface Requirement { key: string; operator: string; values?: string[] }
interface LabelSelector { matchLabels?: Record<string, string>; matchExpressions?: Requirement[] }

/** metav1.FormatLabelSelector via LabelSelectorAsSelector(...).String() */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  if (!sel) return '<none>';
  const s = selectorString(sel);
  if (s === undefined) return '<error>';
  return s === '' ? '<none>' : s;
}

/**
 * LabelSelectorAsSelector(...).String(), "" for an empty selector, undefined when invalid.
 * Requirements are sorted by key (labels.internalSelector sorts them).
 */
export function selectorString(sel: LabelSelector): string | undefined {
  const reqs: Array<{ key: string; text: string }> = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort();
    switch (e.operator) {
      case 'In': reqs.push({ key: e.key, text: `${e.key} in (${values.join(',')})` }); break;
      case 'NotIn': reqs.push({ key: e.key, text: `${e.key} notin (${values.join(',')})` }); break;
      case 'Exists': reqs.push({ key: e.key, text: e.key }); break;
      case 'DoesNotExist': reqs.push({ key: e.key, text: `!${e.key}` }); break;
      default: return undefined;
    }
  }
  // sort.Sort(ByKey(requirements)) is stable on key only
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return reqs.map((r) => r.text).join(',');
}
