import { throwIfAny } from './content-error.ts';
import { duplicateIds, parseYamlList } from './parse-yaml-list.ts';
import { contextFactSchema, contextFileSchema, type ContextFact } from './schemas.ts';

/**
 * Parses `content/context.yaml` (facts from after the call), failing loudly on a YAML error, a
 * malformed fact or an id used twice in the file, naming the file, the fact and the field.
 */
export function parseContextFile(text: string, file: string): ContextFact[] {
  const facts = parseYamlList(text, file, 'facts', contextFileSchema, contextFactSchema);
  throwIfAny(duplicateIds(facts, file, 'facts', 'fact'));
  return facts;
}
