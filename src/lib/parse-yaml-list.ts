/**
 * Strict loading of a YAML file that holds one list (`topics:` in comparison.yaml, `facts:` in
 * context.yaml). Unlike Astro's `file()` loader, which logs a parse error and carries on with an
 * empty collection, this throws, naming the file, the entry (index and id) and the field. It only
 * parses: that ids are unique is checked across all files, in src/lib/validate.ts.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { throwIfAny, type ContentProblem } from './content-error.ts';

/** Zod's issue path as a readable field name: ["sides", "kremlin", "stance"] → "sides.kremlin.stance". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') || '(root)';
}

/**
 * Parses `text` (the contents of `file`): valid YAML with unique keys, an object whose only field
 * is the list `key`, each entry valid against `itemSchema`. Returns the entries in file order.
 */
export function parseYamlList<T extends { id: string }>(
  text: string,
  file: string,
  key: string,
  fileSchema: z.ZodType<Record<string, unknown[]>>,
  itemSchema: z.ZodType<T>,
): T[] {
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    throwIfAny([{ file, field: '(yaml)', message: error instanceof Error ? error.message : String(error) }]);
  }
  const shape = fileSchema.safeParse(raw);
  if (!shape.success) {
    throwIfAny(shape.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })));
    return [];
  }
  const problems: ContentProblem[] = [];
  const entries: T[] = [];
  (shape.data[key] ?? []).forEach((rawEntry, index) => {
    const result = itemSchema.safeParse(rawEntry);
    if (result.success) {
      entries.push(result.data);
      return;
    }
    const id = typeof rawEntry === 'object' && rawEntry !== null && 'id' in rawEntry ? ` (id "${String(rawEntry.id)}")` : '';
    for (const issue of result.error.issues) {
      problems.push({ file, field: `${key}[${index}].${fieldPath(issue.path)}${id}`, message: issue.message });
    }
  });
  throwIfAny(problems);
  return entries;
}
