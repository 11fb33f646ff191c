/**
 * Remembers `compute`'s answer per key, for functions called again and again with the same few keys on hot paths
 * (header names, property names). At most `max` answers are kept, so keys chosen by callers cannot grow it without
 * bound: beyond that, answers are computed each time.
 */
export function boundedMemo<V>(compute: (key: string) => V, max: number): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size < max) answers.set(key, answer);
    }
    return answer;
  };
}
