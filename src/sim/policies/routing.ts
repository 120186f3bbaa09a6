import type { Asset } from '../model/asset.js';
import type { ModelName, Scenario } from '../scenario/types.js';

/** Picks the review route of an asset. */
export type Router = (asset: Asset) => 'sync' | 'async';

/** The conditions of a routing rule (each absent one matches every asset). */
export type RouteCondition = Pick<Scenario['hybrid']['routes'][number], 'kind' | 'channels' | 'campaign'>;

/** True when an asset meets every condition of a rule. */
export function routeMatches(r: RouteCondition, asset: Asset, campaignName: (id: number) => string): boolean {
  if (r.kind !== undefined && r.kind !== asset.kind) return false;
  if (r.channels !== undefined && !r.channels.includes(asset.channel)) return false;
  if (r.campaign !== undefined && (asset.campaign < 0 || !campaignName(asset.campaign).startsWith(r.campaign))) return false;
  return true;
}

/** Hybrid routing: the first rule whose conditions all match the asset wins (default async). */
export function hybridRouter(routes: Scenario['hybrid']['routes'], campaignName: (id: number) => string): Router {
  return (asset) => {
    for (const r of routes) if (routeMatches(r, asset, campaignName)) return r.model;
    return 'async';
  };
}

/**
 * Where a sent-back asset is reviewed next under a model, when its rule says (hybrid `revisions`:
 * sync for alignment, async for execution), else null: every round goes where the first did.
 */
export function revisionRouterFor(model: ModelName, s: Scenario): Router | null {
  if (model !== 'hybrid' || !s.hybrid.routes.some((r) => r.revisions !== undefined)) return null;
  const campaignName = (id: number) => s.campaigns[id].name;
  return (asset) => {
    for (const r of s.hybrid.routes) if (routeMatches(r, asset, campaignName)) return r.revisions ?? r.model;
    return 'async';
  };
}

/** The router of a model: everything sync, everything async, or the hybrid rules. */
export function routerFor(model: ModelName, s: Scenario): Router {
  if (model === 'sync') return () => 'sync';
  if (model === 'hybrid') return hybridRouter(s.hybrid.routes, (id) => s.campaigns[id].name);
  return () => 'async';
}
