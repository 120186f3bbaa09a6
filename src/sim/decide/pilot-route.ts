import type { RouteCondition } from '../policies/routing.js';
import type { AssetKind, Scenario } from '../scenario/types.js';

const KINDS: readonly AssetKind[] = ['template', 'variant', 'one-off', 'routine'];

/** The channels a scenario's assets can have: campaign variants, one-offs, the routine stream, and "template". */
function knownChannels(s: Scenario): Set<string> {
  const out = new Set<string>(['template']);
  for (const c of s.campaigns) for (const ch of c.oneOff ? c.channels.slice(0, 1) : c.channels) out.add(ch);
  for (const st of s.streams) for (const ch of st.channels) out.add(ch);
  return out;
}

/**
 * Reads a pilot's route, the conditions of a hybrid routing rule: "channel=a,b", "kind=variant",
 * "campaign=NAME" (a name prefix, as hybrid routes match), joined by ";" for several. Returns a
 * message for anything else, or for a channel, kind or campaign the scenario does not have.
 */
export function parsePilotRoute(text: string, scenario: Scenario): RouteCondition | string {
  const route: RouteCondition = {};
  const parts = text.split(';').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return `--route "${text}": name the routed part, e.g. channel=instagram-story, kind=variant or campaign=NAME (several joined by ";")`;
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq).trim() : '';
    const value = eq > 0 ? part.slice(eq + 1).trim() : '';
    if (value === '') return `--route "${text}": "${part}" is not a condition; write channel=NAMES, kind=KIND or campaign=NAME`;
    if (key in route || (key === 'channel' && route.channels)) return `--route "${text}": ${key} is given twice`;
    if (key === 'channel') {
      const channels = [...new Set(value.split(',').map((c) => c.trim()).filter((c) => c !== ''))];
      const known = knownChannels(scenario);
      const unknown = channels.find((c) => !known.has(c));
      if (unknown !== undefined) return `--route "${text}": the scenario has no channel "${unknown}"; its channels: ${[...known].join(', ')}`;
      route.channels = channels;
    } else if (key === 'kind') {
      if (!KINDS.includes(value as AssetKind)) return `--route "${text}": unknown kind "${value}"; choose ${KINDS.join(', ')}`;
      route.kind = value as AssetKind;
    } else if (key === 'campaign') {
      if (!scenario.campaigns.some((c) => c.name.startsWith(value))) return `--route "${text}": no campaign or one-off is named "${value}…"; campaigns: ${[...new Set(scenario.campaigns.map((c) => c.name.replace(/ #\d+$/, '')))].join(', ')}`;
      route.campaign = value;
    } else {
      return `--route "${text}": unknown condition "${key}"; a route can name channel, kind and campaign (the conditions of a hybrid routing rule)`;
    }
  }
  return route;
}

/** A route as a scenario's hybrid rule condition (`when:`, the schema's spelling). */
export function routeWhen(route: RouteCondition): Record<string, string | string[]> {
  const when: Record<string, string | string[]> = {};
  if (route.kind !== undefined) when.kind = route.kind;
  if (route.channels !== undefined) when.channel = route.channels;
  if (route.campaign !== undefined) when.campaign = route.campaign;
  return when;
}
