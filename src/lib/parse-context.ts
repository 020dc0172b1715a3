import { parseYamlList } from './parse-yaml-list.ts';
import { contextFactSchema, contextFileSchema, type ContextFact } from './schemas.ts';

/**
 * Parses `content/context.yaml` (facts from after the call), failing loudly on a YAML error or a
 * malformed fact, naming the file, the fact and the field.
 */
export function parseContextFile(text: string, file: string): ContextFact[] {
  return parseYamlList(text, file, 'facts', contextFileSchema, contextFactSchema);
}
