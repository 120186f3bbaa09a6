import type { CampaignSpec, Scenario } from '../scenario/types.js';

/** Which assets an odds question is about, as given on the command line. */
export interface AssetSelector {
  /** Only the assets of campaigns (or one-offs) published at or before this time (minutes since start). */
  deadlineMin: number;
  /** Only campaigns with this name: "Launch wave" names every instance of a repeating one published by the deadline, "Launch wave #2" one instance. */
  campaign?: string;
  /** Only assets on these channels (a template's channel is "template"). */
  channels?: readonly string[];
  /** Only assets of these asset types. */
  types?: readonly string[];
}

/** The set of assets, resolved against the scenario: the stable asset keys and what they came from. */
export interface AssetSet {
  keys: string[];
  campaigns: Array<{ name: string; publishMin: number; assets: number }>;
}

/** The asset keys a campaign makes (as the pipeline names them): templates, their variants, or the one-off. */
function campaignAssets(c: CampaignSpec): Array<{ key: string; type: string; channel: string }> {
  if (c.oneOff) return c.assetTypes.map((type) => ({ key: `c${c.id}/${type}`, type, channel: c.channels[0] }));
  return c.assetTypes.flatMap((type) => [
    { key: `c${c.id}/${type}`, type, channel: 'template' },
    ...c.channels.map((channel) => ({ key: `c${c.id}/${type}/${channel}`, type, channel })),
  ]);
}

/** True when campaign `c` answers to `name`: its own name, or the name of the campaign it repeats. */
function answersTo(c: CampaignSpec, name: string): boolean {
  return c.name === name || (c.name.startsWith(`${name} #`) && /^\d+$/.test(c.name.slice(name.length + 2)));
}

/** The names a user may give: each campaign's, and for repeating ones the name without " #k". */
function campaignNames(campaigns: readonly CampaignSpec[]): string[] {
  return [...new Set(campaigns.map((c) => c.name.replace(/ #\d+$/, '')))];
}

/**
 * Resolves a selector to the assets it names: the campaigns published at or before the deadline
 * (and within the horizon), narrowed by campaign name, channel and type. Routine stream work is
 * never part of a set: how much of it arrives is itself random. Returns a message when the
 * selection is empty or names something the scenario does not have.
 */
export function selectAssets(scenario: Scenario, selector: AssetSelector): AssetSet | string {
  const published = scenario.campaigns.filter((c) => c.publishMin <= Math.min(selector.deadlineMin, scenario.horizonMin));
  const names = campaignNames(scenario.campaigns);
  if (selector.campaign !== undefined && !scenario.campaigns.some((c) => answersTo(c, selector.campaign!))) {
    return names.length === 0
      ? `--campaign ${selector.campaign}: the scenario has no campaigns or one-offs (its work is a routine stream, which odds does not cover)`
      : `--campaign ${selector.campaign}: no campaign of that name; the scenario's campaigns are ${names.map((n) => `"${n}"`).join(', ')} (a repeating one also as "NAME #k" for its k-th brief)`;
  }
  const chosen = published.filter((c) => selector.campaign === undefined || answersTo(c, selector.campaign));
  if (chosen.length === 0) {
    return scenario.campaigns.length === 0
      ? 'the scenario has no campaigns or one-offs (its work is a routine stream, which odds does not cover)'
      : `no ${selector.campaign === undefined ? 'campaign' : `campaign "${selector.campaign}"`} is published by the deadline`;
  }
  const all = chosen.flatMap(campaignAssets);
  for (const [option, wanted, known] of [
    ['--channel', selector.channels, new Set(all.map((a) => a.channel))],
    ['--type', selector.types, new Set(all.map((a) => a.type))],
  ] as const) {
    const unknown = wanted?.find((w) => !known.has(w));
    if (unknown !== undefined) return `${option} ${unknown}: none of the chosen campaigns has it; they have ${[...known].map((k) => `"${k}"`).join(', ')}`;
  }
  const keep = (a: { type: string; channel: string }) =>
    (selector.channels === undefined || selector.channels.includes(a.channel)) && (selector.types === undefined || selector.types.includes(a.type));
  const campaigns = chosen.map((c) => ({ name: c.name, publishMin: c.publishMin, assets: campaignAssets(c).filter(keep).length })).filter((c) => c.assets > 0);
  const keys = all.filter(keep).map((a) => a.key);
  if (keys.length === 0) return 'the selection (campaign, --channel and --type together) holds no asset';
  return { keys, campaigns };
}
