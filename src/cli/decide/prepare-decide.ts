import { readScenario, scenarioFromText } from '../scenario-file.js';
import type { DecidePlan, DecideStamp, LoadScenario } from './decide-plan.js';

/** Lays out a deciding command from its stamp and a scenario loader (merge: the part's text). */
export async function prepareDecide(stamp: DecideStamp, file: string, load: LoadScenario): Promise<DecidePlan> {
  const opts = stamp.options as never;
  switch (stamp.command) {
    case 'size':
      return (await import('../commands/size.js')).prepareSize(file, opts, load) as Promise<DecidePlan>;
    case 'odds':
      return (await import('../commands/odds.js')).prepareOdds(file, opts, load) as Promise<DecidePlan>;
    case 'pilot':
      return (await import('../commands/pilot.js')).preparePilot(file, opts, load) as Promise<DecidePlan>;
    case 'sensitivity':
      return (await import('../commands/sensitivity.js')).prepareSensitivity(file, opts, load) as Promise<DecidePlan>;
  }
}

/** A loader reading the scenario file (the command line). */
export function fileLoader(file: string): LoadScenario {
  return (models) => readScenario(file, models);
}

/** A loader validating a text already read (merge). */
export function textLoader(file: string, text: string): LoadScenario {
  return async (models) => scenarioFromText(file, text, models);
}

