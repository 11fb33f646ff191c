import { MappingRuntimeError, configProblem } from '../errors';
import {
  GoTimeError,
  compileLayout,
  formatGoTime,
  goTimeFromDate,
  goTimeFromUnix,
  parseGoTime,
  type GoTime,
} from '../go-time';
import { parseMappingPath, readPath, writePath, type MappingPath } from '../path';
import { entriesOf, field, isJsonObject, requireSpec, spendAllowance, type OperationCompiler, type TransformEnvironment } from './support';

const NOW = '$now';
const UNIX = '$unix';

/**
 * `timestamp {path: {inputFormat, outputFormat}}`: re-formats the time string at each path with Go
 * layouts; `$unix` reads or writes Unix seconds and the input format `$now` writes the current time.
 * A missing value is skipped; a path with one `[*]` re-formats every element in place.
 */
export const timestamp: OperationCompiler = (rawSpec, options) => {
  const conversions = entriesOf(requireSpec(rawSpec)).map(([key, config]) => {
    if (!isJsonObject(config)) throw configProblem(`value for ${JSON.stringify(key)} must be an object`);
    const inputFormat = field(config, 'inputFormat');
    const outputFormat = field(config, 'outputFormat');
    if (typeof inputFormat !== 'string') throw configProblem(`"inputFormat" for ${JSON.stringify(key)} must be a string`);
    if (typeof outputFormat !== 'string') throw configProblem(`"outputFormat" for ${JSON.stringify(key)} must be a string`);
    const source = parseMappingPath(key, 'source');
    const wildcards = source.steps.filter((step) => step.kind === 'wildcard').length;
    if (wildcards > 1) throw configProblem(`${JSON.stringify(key)}: timestamp supports at most one "[*]"`);
    if (wildcards === 1 && inputFormat === NOW) throw configProblem(`${JSON.stringify(key)}: "$now" cannot be written through "[*]"`);
    return {
      key,
      source,
      target: wildcards === 0 ? parseMappingPath(key, 'target') : undefined,
      elements: wildcards === 1 ? elementsOf(key) : undefined,
      parse: inputFormat === NOW ? undefined : parser(inputFormat),
      format: formatter(outputFormat),
    };
  });
  return (document, environment) => {
    for (const conversion of conversions) {
      if (!conversion.parse) {
        writePath(document, conversion.target!, conversion.format(goTimeFromDate(environment.now())));
        continue;
      }
      const value = readPath(document, conversion.source, options.require);
      if (value === null) continue;
      if (typeof value === 'string' && conversion.target) {
        writePath(document, conversion.target, convert(conversion, value, environment));
      } else if (Array.isArray(value)) {
        const formatted = value.map((item) => {
          if (typeof item !== 'string') throw new MappingRuntimeError(`${JSON.stringify(conversion.key)}: only strings can be re-formatted`);
          return convert(conversion, item, environment);
        });
        if (conversion.target) writePath(document, conversion.target, formatted);
        else writeElements(document, conversion.elements!, formatted);
      } else {
        throw new MappingRuntimeError(`${JSON.stringify(conversion.key)}: only strings can be re-formatted`);
      }
    }
    return document;
  };
};

/**
 * A `[*]` path split for writing: the array (`items` of `items[*].at`; none when the key starts with `[*]`, the
 * document itself) and the path inside each element (`at`; none for `items[*]`, the elements themselves). Both must
 * be writable targets. Elements are written through the array they were read from, so an array of any length is
 * re-formatted, not only its first 10,000 elements (an index path is limited to those).
 */
interface ElementPaths {
  readonly array: MappingPath | undefined;
  readonly inside: MappingPath | undefined;
}

function elementsOf(key: string): ElementPaths {
  const star = key.indexOf('[*]');
  const before = key.slice(0, star);
  const after = key.slice(star + 3);
  return {
    array: before === '' ? undefined : parseMappingPath(before, 'target'),
    inside: after === '' ? undefined : parseMappingPath(after.startsWith('.') ? after.slice(1) : after, 'target'),
  };
}

/** Writes each re-formatted value back into the element it was read from (`formatted` is in element order). */
function writeElements(document: unknown, paths: ElementPaths, formatted: readonly string[]): void {
  const array = paths.array ? readPath(document, paths.array, false) : document;
  if (!Array.isArray(array)) return; // absent: the wildcard read nothing, so there is nothing to write
  formatted.forEach((item, index) => {
    if (paths.inside) writePath(array[index], paths.inside, item);
    else array[index] = item;
  });
}

/**
 * One value re-formatted. Its text is charged to the run's allowance: 200 operations each re-formatting an array of
 * 70,000 dates held the event loop for over 20 s.
 */
function convert(
  conversion: { parse?: (text: string) => GoTime; format: (time: GoTime) => string },
  text: string,
  environment: TransformEnvironment,
): string {
  spendAllowance(environment, text.length, 're-format');
  try {
    return conversion.format(conversion.parse!(text));
  } catch (error) {
    if (error instanceof GoTimeError) throw new MappingRuntimeError(error.message);
    throw error;
  }
}

function parser(inputFormat: string): (text: string) => GoTime {
  if (inputFormat === UNIX) {
    return (text) => {
      if (!/^[+-]?[0-9]{1,16}$/.test(text)) throw new GoTimeError(`cannot parse ${JSON.stringify(text.slice(0, 64))} as Unix seconds`);
      return goTimeFromUnix(Number(text));
    };
  }
  const layout = compile(inputFormat);
  return (text) => parseGoTime(text, layout);
}

function formatter(outputFormat: string): (time: GoTime) => string {
  if (outputFormat === UNIX) return (time) => String(time.seconds);
  const layout = compile(outputFormat);
  return (time) => formatGoTime(time, layout);
}

function compile(layout: string): ReturnType<typeof compileLayout> {
  try {
    return compileLayout(layout);
  } catch (error) {
    throw configProblem((error as Error).message);
  }
}
