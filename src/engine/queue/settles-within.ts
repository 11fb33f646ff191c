/** True when `work` settled before `ms` passed. */
export async function settlesWithin(work: Promise<unknown> | undefined, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([(work ?? Promise.resolve()).then(() => true), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
