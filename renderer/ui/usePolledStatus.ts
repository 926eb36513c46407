import { useEffect, useState } from 'react';

/** How often a long job on the host is asked how far it is. */
export const POLL_MS = 250;

/**
 * While `job` is not null, asks `ask` every quarter second and returns its latest answer (null
 * before the first, and again for the next job or once there is none). A failed ask keeps the previous answer: the job's own
 * request reports its failure. For the export and import progress, both answered by the host
 * from a thread that stays free while the job runs.
 */
export function usePolledStatus<T>(job: string | null, ask: () => Promise<T>): T | null {
  const [status, setStatus] = useState<T | null>(null);
  useEffect(() => {
    if (job === null) return;
    let live = true;
    const timer = setInterval(() => {
      ask().then(
        (s) => live && setStatus(s),
        () => undefined,
      );
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
      setStatus(null);
    };
    // `ask` is a new function each render; polling restarts only for another job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job]);
  return status;
}
