// The jobs thread's first file (cloud/jobs/jobsWorker.ts): a worker starts without the gateway's
// TypeScript loader, so it registers tsx before it loads the entry.
const { workerData } = require('node:worker_threads');
require('tsx/cjs/api').register();
require(workerData.entry);
