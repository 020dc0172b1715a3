import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error.ts';
import { validComparisonYaml } from '../../tests/unit/fixtures.ts';
import { parseComparisonFile } from './parse-comparison.ts';

const FILE = 'content/comparison.yaml';

function problemsOf(text: string): string[] {
  try {
    parseComparisonFile(text, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('parseComparisonFile', () => {
  it('parses valid topics in file order', () => {
    expect(parseComparisonFile(validComparisonYaml, FILE).map((t) => t.id)).toEqual(['energie', 'ijshockey']);
  });

  it('fails on a missing stance, naming file, topic and field', () => {
    const problems = problemsOf(validComparisonYaml.replace('stance: differs, ', ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/comparison\.yaml topics\[0\]\.sides\.white-house\.stance \(id "energie"\)/);
  });

  it('fails on an unknown stance and lists the allowed ones', () => {
    const problems = problemsOf(validComparisonYaml.replace('stance: silent', 'stance: quiet'));
    expect(problems[0]).toMatch(/topics\[1\]\.sides\.white-house\.stance \(id "ijshockey"\): stance must be one of: says, silent, differs/);
  });

  it('keeps a topic id used twice, for the checks to name both places', () => {
    expect(parseComparisonFile(validComparisonYaml.replace('id: ijshockey', 'id: energie'), FILE).map((t) => t.id)).toEqual([
      'energie',
      'energie',
    ]);
  });

  it('fails on a YAML syntax error instead of loading nothing', () => {
    expect(problemsOf('topics:\n  - id: [unclosed')[0]).toMatch(/^content\/comparison\.yaml \(yaml\)/);
  });

  it('fails on a duplicated key inside a topic', () => {
    expect(problemsOf(validComparisonYaml.replace('    label: Energie', '    label: Energie\n    label: Nog eens'))[0]).toMatch(
      /^content\/comparison\.yaml \(yaml\): Map keys must be unique/,
    );
  });

  it('fails on an unknown field in a topic', () => {
    expect(problemsOf(validComparisonYaml.replace('    label: Energie', '    labels: Energie\n    label: Energie'))[0]).toMatch(
      /topics\[0\]/,
    );
  });
});
