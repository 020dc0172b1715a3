import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error.ts';
import { validContextYaml } from '../../tests/unit/fixtures.ts';
import { parseContextFile } from './parse-context.ts';

const FILE = 'content/context.yaml';

function problemsOf(text: string): string[] {
  try {
    parseContextFile(text, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('parseContextFile', () => {
  it('parses valid facts in file order', () => {
    expect(parseContextFile(validContextYaml, FILE).map((f) => f.id)).toEqual(['na-1', 'na-2']);
  });

  it('fails when the list of facts is missing', () => {
    expect(problemsOf('feiten: []\n')).toEqual([
      expect.stringMatching(/^content\/context\.yaml facts: /),
      expect.stringMatching(/^content\/context\.yaml \(root\): .*feiten/),
    ]);
  });

  it('fails on a fact without text, naming the fact', () => {
    expect(problemsOf(validContextYaml.replace('    text: "Nog later."\n', ''))).toEqual([
      expect.stringMatching(/^content\/context\.yaml facts\[1\]\.text \(id "na-2"\)/),
    ]);
  });

  it('fails on a malformed id', () => {
    expect(problemsOf(validContextYaml.replace('id: na-2', 'id: na2'))[0]).toMatch(/^content\/context\.yaml facts\[1\]\.id \(id "na2"\)/);
  });

  it('fails on an unknown field', () => {
    expect(problemsOf(validContextYaml.replace('    text: "Nog later."', '    text: "Nog later."\n    bron: x'))[0]).toMatch(/facts\[1\]/);
  });
});
