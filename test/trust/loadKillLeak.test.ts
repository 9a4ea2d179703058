// A small load through the real gateway process, killed with SIGKILL mid-run and restarted: every
// acknowledged write is there once, nothing is half-written, and no ID or account number is in clear
// in the database file, its WAL, the gateway log or the exports. Full size: scripts/loadTest.ts.
import { loadFailures, runLoad } from '../../scripts/trust/load';

test('8 clients, 200 writes, 3 kills: nothing lost, nothing doubled, nothing half-written, nothing leaked', async () => {
  const lines: string[] = [];
  const report = await runLoad({ clients: 8, writes: 200, kills: 3, timeoutMs: 2000, port: 8975, log: (l) => lines.push(l) });
  expect(report.integrity.acknowledged).toBe(200);
  expect(report.killsDone).toBe(3);
  expect(report.secretsSearched.idNumbers).toBeGreaterThan(100);
  expect(report.secretsSearched.accountNumbers).toBeGreaterThan(50);
  expect(report.exports).toHaveLength(2);
  expect(loadFailures(report, 3)).toEqual([]);
}, 110_000);
