// Full-size bad-input run: every action of every cloud function, 10 000 generated inputs each
// (`--runs N` to change, `--seed N`, `--only <regexp>` for some actions), against the real gateway
// over a fresh seeded SQLite file. Prints per-action counts and totals; exits 1 on any crash.
//   npx tsx scripts/fuzz.ts [--runs 10000] [--seed 1] [--only '^staff\.']
import { scaledLimits } from '../cloud/security/rateLimits';
import { createHarness } from '../test/api/harness';
import { fuzzEveryAction } from '../test/fuzz/fuzzActions';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const runs = Number(flag('runs') ?? 10_000);
  const seed = Number(flag('seed') ?? Date.now() % 1_000_000);
  const only = flag('only');
  const started = Date.now();
  console.log(`fuzz: ${runs} inputs per action, seed ${seed}${only ? `, only ${only}` : ''}`);
  // 10 000 inputs to one action from one caller in one (frozen) hour is far past any limit: this run
  // is about input handling, so the limits are lifted out of its way (test/trust/ checks them).
  const h = await createHarness({ limits: scaledLimits(1_000_000) });
  try {
    const { stats, problems } = await fuzzEveryAction(h, {
      runs,
      seed,
      ...(only ? { only: new RegExp(only) } : {}),
      onAction: (s) =>
        console.log(
          `${s.action.padEnd(30)} tried ${String(s.tried).padStart(6)}  errors ${String(s.structuredErrors).padStart(6)}  ` +
            `successes ${String(s.successes).padStart(5)}  crashes ${s.crashes}  (as ${s.callers.join(', ')})`,
        ),
    });
    const sum = (k: 'tried' | 'structuredErrors' | 'successes' | 'crashes') => stats.reduce((n, s) => n + s[k], 0);
    console.log(
      `\ntotal: ${stats.length} actions, ${sum('tried')} inputs tried, ${sum('structuredErrors')} structured errors, ` +
        `${sum('successes')} successes, ${sum('crashes')} crashes, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    for (const p of problems.slice(0, 50))
      console.log(`CRASH ${p.action} as ${p.caller}: ${p.reason} (HTTP ${p.status})\n  input ${p.input}\n  body  ${p.body}`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } finally {
    await h.close();
  }
}

void main();
