export { boundedMemo } from './bounded-memo';
