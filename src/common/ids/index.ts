export { timeOrderedId, timeOrderedIdFloor } from './time-ordered-id';
