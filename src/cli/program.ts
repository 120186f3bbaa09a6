import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UserError, type CliIO } from './io.js';

const EXAMPLES = `
Examples:
  $ handoff compare scenarios/flagship-launch.yaml
  $ handoff run scenarios/mm3-review-queue.yaml --json > result.json
  $ handoff sweep scenarios/async-with-sla.yaml --set team.reviewers.count=2,3,4
  $ handoff validate scenarios/*.yaml
  $ handoff schema > handoff.schema.json`;

/** Parses a positive whole number option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Builds the `handoff` program; commands load their modules only when they run (fast --help). */
export function createProgram(io: CliIO): Command {
  const program = new Command('handoff')
    .description('Simulate creative review pipelines: sync gate, async queue with SLA, hybrid and event-driven, side by side.')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('run')
    .description('run one scenario under its model')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('-r, --replications <n>', 'replications (default: the scenario\'s)', positiveInt)
    .option('-s, --seed <seed>', 'seed (default: the scenario\'s)')
    .option('-m, --model <model>', 'review model (default: the scenario\'s)')
    .option('--json', 'print the result document as JSON')
    .option('--csv', 'print the metrics as CSV (model, metric, mean, sd, ci95Lo, ci95Hi, p50, p90, p95)')
    .option('--out <file>', 'write the result document to a file (atomically)')
    .option('--events <file>', 'write the event log of replication 0 as CSV (time, hours, asset, person, activity, state)')
    .option('-w, --workers <n>', 'worker threads (default: the number of cores; results are identical for any n)', positiveInt)
    .addHelpText('after', '\nExamples:\n  $ handoff run scenarios/mm3-review-queue.yaml --replications 50 --json\n  $ handoff run scenarios/flagship-launch.yaml --events events.csv --out result.json')
    .action(async (file, opts) => (await import('./commands/run.js')).runCommand(file, opts, io));

  program
    .command('compare')
    .description('run one scenario under several models with common random numbers')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--models <list>', 'comma-separated models (default: the scenario\'s models, else all four)')
    .option('-r, --replications <n>', 'replications per model', positiveInt)
    .option('-s, --seed <seed>', 'seed')
    .option('--json', 'print the result document as JSON')
    .option('--csv', 'print the metrics as CSV')
    .option('--out <file>', 'write the result document to a file (atomically)')
    .option('-w, --workers <n>', 'worker threads (default: the number of cores)', positiveInt)
    .addHelpText('after', '\nExamples:\n  $ handoff compare scenarios/flagship-launch.yaml\n  $ handoff compare scenarios/flagship-launch.yaml --models sync,hybrid --replications 100 --out launch.json')
    .action(async (file, opts) => (await import('./commands/compare.js')).compareCommand(file, opts, io));

  program
    .command('sweep')
    .description('run a grid of settings, each point replicated')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .requiredOption('--set <path=values>', 'a setting and its values, e.g. team.reviewers.count=2,3,4 (repeat for a grid)', collect, [])
    .option('-m, --model <model>', 'review model (default: the scenario\'s)')
    .option('-r, --replications <n>', 'replications per point', positiveInt)
    .option('-s, --seed <seed>', 'seed')
    .option('--json', 'print the sweep document as JSON')
    .option('--out <file>', 'write the sweep document to a file (atomically)')
    .option('-w, --workers <n>', 'worker threads (default: the number of cores)', positiveInt)
    .addHelpText(
      'after',
      '\nExample:\n  $ handoff sweep scenarios/async-with-sla.yaml --set team.reviewers.count=2,3,4,5 --set async.sla.firstResponse=4bh,8bh,24bh',
    )
    .action(async (file, opts) => (await import('./commands/sweep.js')).sweepCommand(file, opts, io));

  program
    .command('validate')
    .description('check scenario files; one file:line:col line per problem')
    .argument('<files...>', 'scenario files')
    .action(async (files) => (await import('./commands/validate.js')).validateCommand(files, io));

  program
    .command('schema')
    .description('print the JSON Schema of scenario files')
    .action(async () => (await import('./commands/schema.js')).schemaCommand(io));

  program.addOption(new Option('--no-color', 'plain output').hideHelp());
  return program;
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. Never calls process.exit. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      return 2;
    }
    if (e instanceof UserError) {
      io.stderr(e.message.endsWith('\n') ? e.message : `${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof Error && e.name === 'AbortError') {
      io.stderr('handoff: interrupted; nothing was written\n');
      return 130;
    }
    if (e instanceof Error && e.name === 'RunawayError') {
      io.stderr(`handoff: ${e.message}\n`);
      return 1;
    }
    const debug = argv.includes('--debug');
    io.stderr(`handoff: internal error: ${(e as Error).message ?? String(e)}\n`);
    if (debug) io.stderr(`${(e as Error).stack}\n`);
    else io.stderr('(this is a bug in Handoff; run again with --debug for details)\n');
    return 1;
  }
}
