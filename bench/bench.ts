// `npm run bench`: prints figures; with --json, one JSON object as the last line.
import { engineSection } from './engine-section.js';
import { modelSection } from './model-section.js';
import { cliSection } from './cli-section.js';
import { shardSection } from './shard-section.js';
import { sizeSection } from './size-section.js';
import { eventLogSection } from './event-log-section.js';
import { mm1Section } from './mm1-section.js';
import { whatIfSection } from './what-if-section.js';
import { fitSection } from './fit-section.js';

const json = process.argv.includes('--json');
const print = (line: string) => process.stdout.write(`${line}\n`);
const figures: Record<string, number> = {};
Object.assign(figures, engineSection(print));
Object.assign(figures, modelSection(print, figures.engineEventsPerSec));
Object.assign(figures, cliSection(print));
Object.assign(figures, mm1Section(print));
Object.assign(figures, shardSection(print));
Object.assign(figures, sizeSection(print));
Object.assign(figures, eventLogSection(print));
Object.assign(figures, fitSection(print));
Object.assign(figures, whatIfSection(print, figures));
if (json) print(JSON.stringify(figures));
