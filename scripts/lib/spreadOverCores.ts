/**
 * Runs a CPU-bound, synchronous job over many items in one process per
 * core: a single Node process would use one. Each child is a module that
 * calls `serveShare`; it receives its share of the items over IPC and
 * answers with one result per item (structured clone, so Sets and Maps
 * survive). Below `minItemsPerProcess` items a process, the job runs here
 * instead, as starting a process costs more than it saves.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface SpreadOptions<In, Out> {
  /** Absolute path of the child module (it calls serveShare with the same job). */
  readonly worker: string;
  /** What the job is called in an error message. */
  readonly name: string;
  readonly minItemsPerProcess: number;
  /** The job, for items run in this process. */
  readonly job: (item: In) => Out | Promise<Out>;
}

export async function spreadOverCores<In, Out>(items: readonly In[], options: SpreadOptions<In, Out>): Promise<Out[]> {
  const processes = Math.min(availableParallelism(), Math.floor(items.length / options.minItemsPerProcess));
  if (processes <= 1) {
    const results: Out[] = [];
    for (const item of items) results.push(await options.job(item));
    return results;
  }
  const results = new Array<Out>(items.length);
  await Promise.all(
    Array.from({ length: processes }, (_, p) => {
      const indexes = items.map((_, i) => i).filter((i) => i % processes === p);
      return new Promise<void>((resolve, reject) => {
        const child = fork(options.worker, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        let answered = false;
        child.on('message', (share: Out[]) => {
          share.forEach((result, k) => (results[indexes[k]!] = result));
          answered = true;
        });
        child.on('error', reject);
        child.on('exit', (code) =>
          code === 0 && answered ? resolve() : reject(new Error(`${options.name}: a worker process failed (exit code ${code}); its error is printed above.`)),
        );
        child.send(indexes.map((i) => items[i]));
      });
    }),
  );
  return results;
}

/** The child's side: runs the job on each item of its share, answers, and exits. */
export function serveShare<In, Out>(job: (item: In) => Out | Promise<Out>): void {
  process.once('message', (share: In[]) => {
    void (async () => {
      const results: Out[] = [];
      for (const item of share) results.push(await job(item));
      process.send!(results, () => process.disconnect());
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
}
