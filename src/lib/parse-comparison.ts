import { parse as parseYaml } from 'yaml';
import { throwIfAny, type ContentProblem } from './content-error.ts';
import { comparisonFileSchema, comparisonTopicSchema, type ComparisonTopic } from './schemas.ts';
import { checkTopicIds } from './validate.ts';

/** Zod's issue path as a readable field name: ["sides", "kremlin", "stance"] → "sides.kremlin.stance". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') || '(root)';
}

/**
 * Parses `content/comparison.yaml`. Unlike Astro's `file()` loader, which logs a parse error and
 * carries on with an empty collection, this throws, naming the file, the topic and the field.
 */
export function parseComparisonFile(text: string, file: string): ComparisonTopic[] {
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    throwIfAny([{ file, field: '(yaml)', message: error instanceof Error ? error.message : String(error) }]);
  }
  const shape = comparisonFileSchema.safeParse(raw);
  if (!shape.success) {
    throwIfAny(shape.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })));
    return [];
  }
  const problems: ContentProblem[] = [];
  const topics: ComparisonTopic[] = [];
  shape.data.topics.forEach((rawTopic, index) => {
    const result = comparisonTopicSchema.safeParse(rawTopic);
    if (result.success) {
      topics.push(result.data);
      return;
    }
    const id = typeof rawTopic === 'object' && rawTopic !== null && 'id' in rawTopic ? ` (id "${String(rawTopic.id)}")` : '';
    for (const issue of result.error.issues) {
      problems.push({ file, field: `topics[${index}].${fieldPath(issue.path)}${id}`, message: issue.message });
    }
  });
  problems.push(...checkTopicIds(topics, file));
  throwIfAny(problems);
  return topics;
}
