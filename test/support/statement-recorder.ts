import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import type { TestApp } from './test-app';

export interface RecordedStatement {
  readonly query: string;
  readonly parameters: unknown[];
}

/**
 * Records every statement the app sends through TypeORM from now on (for tests that explain the plans of what a
 * request ran). `sent` is the live list: empty it before the request of interest; `stop` unhooks the recorder.
 */
export function recordStatements(t: TestApp): { readonly sent: RecordedStatement[]; stop(): void } {
  const sent: RecordedStatement[] = [];
  const recorder: EntitySubscriberInterface = {
    beforeQuery: (event) => void sent.push({ query: event.query, parameters: Array.isArray(event.parameters) ? event.parameters : [] }),
  };
  const subscribers = t.app.get(DataSource).subscribers;
  subscribers.push(recorder);
  return {
    sent,
    stop: () => {
      const at = subscribers.indexOf(recorder);
      if (at >= 0) subscribers.splice(at, 1);
    },
  };
}
