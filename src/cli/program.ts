import { Command, Option } from 'commander';
import { collect, port, positiveInt, probabilityOption, replicationsOption, shard, workersOption } from './arguments.js';
import type { CliIO } from './io.js';
import { reportError } from './report-error.js';

const EXAMPLES = `
Examples:
  $ handoff compare scenarios/flagship-launch.yaml
  $ handoff run scenarios/mm3-review-queue.yaml --json > result.json
  $ handoff sweep scenarios/async-with-sla.yaml --set team.reviewers.count=2,3,4
  $ handoff validate scenarios/*.yaml
  $ handoff compare scenarios/flagship-launch.yaml --out launch.json && handoff view launch.json
  $ handoff schema > handoff.schema.json

Exit codes: 0 success, 1 invalid scenario or input, 2 usage error, 130 interrupted (Ctrl-C).`;

/** Lines of examples for a command's --help. */
function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ handoff ${l}`).join('\n')}`;
}

/** Options every simulating command shares: replications, seed, output and worker threads. */
function simulationOptions(command: Command, what: string): Command {
  return command
    .option('-r, --replications <n>', `replications${what} (default: the scenario's)`, replicationsOption)
    .option('-s, --seed <seed>', "seed (default: the scenario's)")
    .option('--json', 'print the result document as JSON (nothing else on stdout)')
    .addOption(new Option('--csv', 'print the metrics as CSV: model,metric,mean,sd,ci95Lo,ci95Hi,p50,p90,p95,label,unit (label and unit from the metric catalogue)').conflicts('json'))
    .option('-o, --out <file>', 'also write the result document (JSON) to a file, atomically')
    .option('--report <file>', 'also write a self-contained HTML report (charts, opens from disk, no network)')
    .option('-w, --workers <n>', 'replications at once, on this thread and worker threads (default: the number of cores; 1 runs in-process; results are identical for any n)', workersOption)
    .option('--shard <i/N>', 'run only shard i of N (0 <= i < N) and write a partial document to --out, for handoff merge', shard)
    .option('--metric <names>', METRIC_HELP, collect);
}

const DECIDE_SHARD_HELP = 'run only shard i of N (0 <= i < N) of every replication the command may use (up to its caps) and write a partial document to --out; handoff merge decides from the parts as the whole run does';

const METRIC_HELP = 'the metrics the table or CSV shows: catalogue names, comma-separated or repeated, a percentile as name:p90 (e.g. cycleTimeHours:p90,reworkRate); a wrong name lists them all';

/** Builds the `handoff` program; commands load their modules only when they run (fast --help). */
export function createProgram(io: CliIO): Command {
  const program = new Command('handoff')
    .description('Simulate creative review pipelines: sync gate, async queue with SLA, hybrid and event-driven, side by side.')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  simulationOptions(
    program.command('run').description('run one scenario under its model').argument('<file>', 'scenario file (YAML or JSON)'),
    '',
  )
    .option('-m, --model <model>', "review model: sync, async, hybrid or event-driven (default: the scenario's)")
    .option('--events <file>', 'write the event log of replication 0 (written as the run goes, moved into place at the end): FILE.xes IEEE 1849 XES, FILE.jsonocel OCEL 2.0 JSON, else CSV (time,asset,person,activity,state)')
    .option('--events-format <format>', 'the format of --events whatever its name: csv, xes, ocel, or audit (one row per review event, the audit format)')
    .addHelpText('after', examples('run scenarios/mm3-review-queue.yaml --replications 50 --json', 'run scenarios/flagship-launch.yaml --model hybrid --events events.csv --out result.json',
        'run scenarios/flagship-launch.yaml --model hybrid --events launch.xes', 'run scenarios/flagship-launch.yaml --events launch.jsonocel',
        'run scenarios/flagship-launch.yaml --events audit.csv --events-format audit'))
    .action(async (file, opts) => (await import('./commands/run.js')).runCommand(file, opts, io));

  simulationOptions(
    program
      .command('compare')
      .description('run one scenario under several models with common random numbers; paired differences against the first')
      .argument('<file>', 'scenario file (YAML or JSON)'),
    ' per model',
  )
    .option('--models <list>', "comma-separated models, the first is the baseline (default: the scenario's models, else all four)")
    .addHelpText('after', examples('compare scenarios/flagship-launch.yaml', 'compare scenarios/flagship-launch.yaml --models sync,hybrid -r 100 --out launch.json',
        'compare scenarios/flagship-launch.yaml --report launch.html', 'compare scenarios/pilot-async-channel.yaml --csv > pilot.csv',
        'compare scenarios/flagship-launch.yaml --metric reworkRate,sentBackShare,personHoursDocumentationFeedback'))
    .action(async (file, opts) => (await import('./commands/compare.js')).compareCommand(file, opts, io));

  simulationOptions(
    program
      .command('sweep')
      .description('run a grid of settings (every combination of the --set values), each point replicated')
      .argument('<file>', 'scenario file (YAML or JSON)'),
    ' per point',
  )
    .option('--set <path=values>', 'a setting and its comma-separated values (repeat for a grid)', collect)
    .option('-m, --model <model>', "review model (default: the scenario's)")
    .addHelpText(
      'after',
      examples(
        'sweep scenarios/async-with-sla.yaml --set team.reviewers.count=2,3,4,5 --set async.sla.firstResponse=4bh,8bh,24bh',
        'sweep scenarios/flagship-launch.yaml --model hybrid --set sync.cadence=daily,weekly --json > sweep.json',
        'sweep scenarios/async-with-sla.yaml --set team.reviewers.count=2,3,4 --metric cycleTimeHours:p90,firstResponseHours,slaMisses',
      ),
    )
    .action(async (file, opts) => (await import('./commands/sweep.js')).sweepCommand(file, opts, io));

  program
    .command('size')
    .description('the cheapest setting of the levers that meets every target with a stated confidence, adaptively replicated; the Pareto front of cost against each target')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--target <metric<=value>', 'a target on a metric of the result document, e.g. "cycleTimeHours.p90<=24" (repeat for several)', collect)
    .option('--vary <path=values>', 'a lever and its candidate values, as sweep --set takes them; whole-number ranges a..b allowed (repeat for a grid)', collect)
    .option('--cost <metric-or-lever>', 'what to minimise: a metric (its mean) or a --vary path', 'personHoursTotal')
    .option('--confidence <c>', 'chance that every meets/fails verdict is right, at least', probabilityOption, 0.95)
    .option('-m, --model <model>', "review model (default: the scenario's)")
    .option('--min-replications <n>', 'replications every candidate starts with', positiveInt, 20)
    .option('--max-replications <n>', 'most replications a candidate gets', replicationsOption, 320)
    .option('-s, --seed <seed>', "seed (default: the scenario's)")
    .option('--json', 'print the size document as JSON (nothing else on stdout)')
    .option('-o, --out <file>', 'also write the size document (JSON) to a file, atomically')
    .option('-w, --workers <n>', 'replications at once (default: the number of cores; results are identical for any n)', workersOption)
    .option('--shard <i/N>', DECIDE_SHARD_HELP, shard)
    .addHelpText('after', examples("size scenarios/async-with-sla.yaml --target 'cycleTimeHours.p90<=24' --vary team.reviewers.count=1..6 --vary async.sla.firstResponse=2bh,4bh,8bh",
        "size scenarios/mm3-review-queue.yaml --target 'cycleTimeHours<=1.5' --vary team.reviewers.count=2..6 --cost team.reviewers.count --json"))
    .action(async (file, opts) => (await import('./commands/size.js')).sizeCommand(file, opts, io));

  program
    .command('odds')
    .description('per model, the probability that every asset of a set is approved by a deadline, and the dates by which that happens with 50%, 85% and 95% probability')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .requiredOption('--deadline <instant>', 'the deadline, an instant with its UTC offset, e.g. 2026-03-20T17:00+01:00')
    .option('--campaign <name>', 'only this campaign or one-off (every instance of it published by the deadline)')
    .option('--channel <names>', 'only assets on these channels (comma-separated, repeatable; a template\'s channel is "template")', collect)
    .option('--type <names>', 'only assets of these asset types (comma-separated, repeatable)', collect)
    .option('--models <list>', "comma-separated models (default: the scenario's models, else all four)")
    .option('--precision <p>', "stop adding replications once the probability's 95% interval is within ±p", probabilityOption, 0.05)
    .option('--batch <n>', 'replications added per model at each look', positiveInt, 50)
    .option('--max-replications <n>', 'most replications per model', replicationsOption, 2000)
    .option('-s, --seed <seed>', "seed (default: the scenario's)")
    .option('--json', 'print the odds document as JSON (nothing else on stdout)')
    .option('-o, --out <file>', 'also write the odds document (JSON) to a file, atomically')
    .option('-w, --workers <n>', 'replications at once (default: the number of cores; results are identical for any n)', workersOption)
    .option('--shard <i/N>', DECIDE_SHARD_HELP, shard)
    .addHelpText('after', examples('odds scenarios/flagship-launch.yaml --deadline 2026-01-30T17:00+01:00', 'odds scenarios/flagship-launch.yaml --deadline 2026-01-30T17:00+01:00 --campaign "Spring launch" --channel instagram --models sync,hybrid --json'))
    .action(async (file, opts) => (await import('./commands/odds.js')).oddsCommand(file, opts, io));

  program
    .command('pilot')
    .description("the power of a pilot of each length to detect the difference the model predicts (rank-sum test on cycle time, two-proportion test on rework), the weeks needed, and the smallest difference a two-week pilot detects")
    .argument('<file>', 'scenario file (YAML or JSON)')
    .requiredOption('--route <conditions>', 'the part of the work the pilot changes, as a hybrid route: channel=a,b; kind=variant; campaign=NAME (joined by ";")')
    .option('--baseline <model>', 'review model of the rest, and of everything without the pilot (sync or async)', 'sync')
    .option('--pilot <model>', 'review model of the routed part during the pilot (sync or async)', 'async')
    .option('--weeks <list>', 'pilot lengths in weeks, comma-separated', '2,4,6')
    .option('--max-weeks <n>', 'search for the weeks needed up to this length (default: the horizon after the warm-up)', positiveInt)
    .option('--alpha <a>', 'significance level of the tests', probabilityOption, 0.05)
    .option('--power <p>', 'the power a pilot should have', probabilityOption, 0.8)
    .option('-r, --replications <n>', 'simulated pilots (and as many runs without the pilot)', replicationsOption, 400)
    .option('-s, --seed <seed>', "seed (default: the scenario's)")
    .option('--json', 'print the pilot document as JSON (nothing else on stdout)')
    .option('-o, --out <file>', 'also write the pilot document (JSON) to a file, atomically')
    .option('-w, --workers <n>', 'replications at once (default: the number of cores; results are identical for any n)', workersOption)
    .option('--shard <i/N>', DECIDE_SHARD_HELP, shard)
    .addHelpText('after', examples("pilot scenarios/pilot-async-channel.yaml --baseline sync --pilot async --route 'channel=instagram-story' --weeks 2,4,6"))
    .action(async (file, opts) => (await import('./commands/pilot.js')).pilotCommand(file, opts, io));

  program
    .command('sensitivity')
    .description('one at a time, every behavioural assumption of the register at its plausible low and high, ranked by how far it moves a metric (a tornado), with paired replications')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--metric <metric>', 'a metric of the result document, optionally with a statistic, e.g. cycleTimeHours.p90', 'cycleTimeHours.p90')
    .option('-m, --model <model>', "review model (default: the scenario's)")
    .option('-r, --replications <n>', 'paired replications at every setting', replicationsOption, 30)
    .option('--morris <r>', 'also elementary effects (Morris) from r trajectories, for interactions between assumptions', positiveInt)
    .option('-s, --seed <seed>', "seed (default: the scenario's)")
    .option('--json', 'print the sensitivity document as JSON (nothing else on stdout)')
    .option('-o, --out <file>', 'also write the sensitivity document (JSON) to a file, atomically')
    .option('-w, --workers <n>', 'replications at once (default: the number of cores; results are identical for any n)', workersOption)
    .option('--shard <i/N>', DECIDE_SHARD_HELP, shard)
    .addHelpText('after', examples('sensitivity scenarios/async-with-sla.yaml --metric cycleTimeHours.p90', 'sensitivity scenarios/flagship-launch.yaml --metric reworkRate --model hybrid --json'))
    .action(async (file, opts) => (await import('./commands/sensitivity.js')).sensitivityCommand(file, opts, io));

  program
    .command('backtest')
    .description("fit the scenario on an audit's earlier part, simulate its later period many times and compare with what happened: cycle-time distances (Wasserstein, Kolmogorov–Smirnov), p50/p90, rework, first response, throughput, each with its error, a bootstrap interval and whether it lies in the simulated 95% band")
    .argument('<audit>', 'audit file (CSV, the format of handoff fit and --events-format audit)')
    .requiredOption('--scenario <file>', 'the scenario to test (YAML or JSON)')
    .option('--split <instant>', 'where the later period starts: an instant with its offset, or a date (midnight UTC, or in --tz)')
    .option('--holdout <percent>', "the later period as the last part of the audit's span, e.g. 30%")
    .option('-m, --model <model>', "review model to simulate (default: from the audit's routes — sync, async, or hybrid when both)")
    .option('--warmup <duration>', "simulated time before the split that brings the team to its load (default: the audit's earlier period, at least the scenario's warm-up)")
    .option('--tz <zone>', 'IANA zone of audit times written without an offset, and of a --split date')
    .option('--no-fit', "compare the scenario as given (default: fit it on the audit's earlier part first, as handoff fit does)")
    .option('-r, --replications <n>', 'simulated later periods', replicationsOption, 200)
    .option('--resamples <n>', "bootstrap resamples of the real period's assets", positiveInt, 1000)
    .option('-s, --seed <seed>', "seed of the replications and the bootstrap (default: the scenario's)")
    .option('--json', 'print the backtest document as JSON (nothing else on stdout)')
    .addOption(new Option('--csv', 'print the calibration table as CSV: metric,label,unit,test,real,realCi95Lo,realCi95Hi,simulated,error,band95Lo,band95Hi,bandFamilyLo,bandFamilyHi,verdict').conflicts('json'))
    .option('-o, --out <file>', 'also write the backtest document (JSON) to a file, atomically')
    .option('-w, --workers <n>', 'replications at once (default: the number of cores; results are identical for any n)', workersOption)
    .addHelpText('after', examples('backtest audit.csv --scenario fitted.yaml --split 2026-03-02', 'backtest audit.csv --scenario my-team.yaml --holdout 30% --no-fit --json --out backtest.json'))
    .action(async (file, opts) => (await import('./commands/backtest.js')).backtestCommand(file, opts, io));

  program
    .command('merge')
    .description('join the partial documents of a run split with --shard into the document the whole run writes (byte for byte)')
    .argument('<parts...>', 'partial documents (every shard of one run, in any order)')
    .option('--json', 'print the document as JSON (nothing else on stdout)')
    .addOption(new Option('--csv', 'print the metrics as CSV').conflicts('json'))
    .option('-o, --out <file>', 'write the document (JSON) to a file, atomically')
    .option('--report <file>', 'also write a self-contained HTML report')
    .option('--metric <names>', METRIC_HELP, collect)
    .addHelpText('after', examples('sweep scenarios/async-with-sla.yaml --set team.reviewers.count=2,3,4 --shard 0/2 --out parts/0.json', 'merge parts/*.json --out sweep.json',
        'odds scenarios/flagship-launch.yaml --deadline 2026-03-13T17:00+01:00 --shard 1/4 --out odds-parts/1.json', 'merge odds-parts/*.json --json > odds.json'))
    .action(async (files, opts) => (await import('./commands/merge.js')).mergeCommand(files, opts, io));

  program
    .command('fit')
    .description("fit a base scenario to a team's review audit (CSV): arrival rates, efforts, review times, send-back causes, meeting cadence; write the fitted scenario")
    .argument('<audit>', 'the audit file (CSV, one row per review event; see "The audit format" in the README)')
    .requiredOption('--base <file>', 'the scenario whose other settings the fitted one keeps')
    .requiredOption('-o, --out <file>', 'where to write the fitted scenario (YAML), atomically')
    .option('--tz <zone>', 'IANA zone of audit times written without a UTC offset')
    .option('--json', 'print the fit (values, intervals, rows used, repaired and dropped) as JSON')
    .addHelpText('after', examples('fit audit.csv --base scenarios/async-with-sla.yaml -o fitted.yaml', 'fit export.csv --base my-team.yaml -o fitted.yaml --tz Europe/Berlin --json'))
    .action(async (audit, opts) => (await import('./commands/fit.js')).fitCommand(audit, opts, io));

  program
    .command('validate')
    .description('check scenario files, schema and meaning; one file:line:col: path: message line per problem')
    .argument('<files...>', 'scenario files (YAML or JSON)')
    .addHelpText('after', examples('validate scenarios/*.yaml', 'validate my-team.yaml && handoff compare my-team.yaml'))
    .action(async (files) => (await import('./commands/validate.js')).validateCommand(files, io));

  program
    .command('assumptions')
    .description('print the assumptions register: every behavioural parameter with its default, unit, plausible range and source (with a scenario: the values it uses)')
    .argument('[file]', 'scenario file (YAML or JSON)')
    .option('--json', 'print the register as JSON')
    .addHelpText('after', examples('assumptions', 'assumptions scenarios/async-with-sla.yaml', 'assumptions scenarios/flagship-launch.yaml --json'))
    .action(async (file, opts) => (await import('./commands/assumptions.js')).assumptionsCommand(file, opts, io));

  program
    .command('schema')
    .description('print the JSON Schema of scenario files')
    .addHelpText('after', `${examples('schema > handoff.schema.json')}\n  (then point an editor at it: "$schema": "./handoff.schema.json" in a scenario)`)
    .action(async () => (await import('./commands/schema.js')).schemaCommand(io));

  program
    .command('view')
    .description('open the interactive viewer on a result, sweep or scenario file (served on 127.0.0.1 until Ctrl-C)')
    .argument('<file>', 'a result document (run/compare --out), a sweep document, or a scenario file')
    .option('-p, --port <n>', 'port to serve on (default: a free one)', port)
    .option('--no-open', 'do not open a browser; just print the address')
    .option('--scenario <file>', 'the scenario the document came from (for re-runs in the viewer)')
    .addHelpText('after', examples('view result.json', 'view scenarios/flagship-launch.yaml --port 8080 --no-open'))
    .action(async (file, opts) => (await import('./commands/view.js')).viewCommand(file, opts, io));

  program
    .command('report')
    .description('write a self-contained HTML report of a result or sweep document (or of a scenario, run first)')
    .argument('<result>', 'a result or sweep document (JSON), or a scenario file')
    .requiredOption('-o, --output <file>', 'the HTML file to write')
    .option('--scenario <file>', 'the scenario the document came from')
    .addHelpText('after', examples('compare scenarios/flagship-launch.yaml --out launch.json && handoff report launch.json -o launch.html'))
    .action(async (file, opts) => (await import('./commands/report.js')).reportCommand(file, opts, io));

  return program;
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. Never calls process.exit. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    return reportError(e, io, argv.includes('--debug'));
  }
}
