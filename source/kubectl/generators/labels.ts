// "k=v,k2=v2" as kubectl's --labels/--selector read it (expose's parseLabels, run's
// generate.ParseLabels): every pair needs "=", and a key or value may not be empty where
// kubectl says so.

export type ParsedMap = { ok: true; map: Record<string, string> } | { ok: false; error: string };

/** generate.ParseLabels (run --labels, expose --labels/--selector): "k=v" pairs, comma separated. */
export function parseLabelPairs(spec: string): ParsedMap {
  const map: Record<string, string> = {};
  if (spec === '') return { ok: true, map };
  for (const pair of spec.split(',')) {
    const kv = pair.split('=');
    if (kv.length !== 2) return { ok: false, error: `invalid label spec: ${pair}` };
    map[kv[0]] = kv[1];
  }
  return { ok: true, map };
}
