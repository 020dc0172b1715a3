import { throwIfAny } from './content-error.ts';
import { parseYamlList } from './parse-yaml-list.ts';
import { comparisonFileSchema, comparisonTopicSchema, type ComparisonTopic } from './schemas.ts';
import { checkTopicIds } from './validate.ts';

export { fieldPath } from './parse-yaml-list.ts';

/**
 * Parses `content/comparison.yaml`. Unlike Astro's `file()` loader, which logs a parse error and
 * carries on with an empty collection, this throws, naming the file, the topic and the field.
 */
export function parseComparisonFile(text: string, file: string): ComparisonTopic[] {
  const topics = parseYamlList(text, file, 'topics', comparisonFileSchema, comparisonTopicSchema);
  throwIfAny(checkTopicIds(topics, file));
  return topics;
}
