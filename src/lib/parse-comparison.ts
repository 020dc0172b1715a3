import { parseYamlList } from './parse-yaml-list.ts';
import { comparisonFileSchema, comparisonTopicSchema, type ComparisonTopic } from './schemas.ts';

/**
 * Parses `content/comparison.yaml`. Unlike Astro's `file()` loader, which logs a parse error and
 * carries on with an empty collection, this throws, naming the file, the topic and the field.
 */
export function parseComparisonFile(text: string, file: string): ComparisonTopic[] {
  return parseYamlList(text, file, 'topics', comparisonFileSchema, comparisonTopicSchema);
}
