import { coalesce, concat, extract, pass, remove, setDefaults, shift } from './builtin';
import { addPrefix, addSuffix, removeCharacters, toLowercase, toUppercase } from './strings';
import type { OperationCompiler } from './support';
import { timestamp } from './timestamp';
import { uuid } from './uuid';

/** Every operation name a transform or a mapping's `transformation.type` may use. */
export const OPERATIONS: ReadonlyMap<string, OperationCompiler> = new Map<string, OperationCompiler>([
  ['shift', shift],
  ['concat', concat],
  ['coalesce', coalesce],
  ['extract', extract],
  ['default', setDefaults],
  ['delete', remove],
  ['pass', pass],
  ['timestamp', timestamp],
  ['uuid', uuid],
  ['remove_characters', removeCharacters],
  ['add_prefix', addPrefix],
  ['add_suffix', addSuffix],
  ['to_uppercase', toUppercase],
  ['to_lowercase', toLowercase],
]);

export const OPERATION_NAMES: readonly string[] = [...OPERATIONS.keys()];
