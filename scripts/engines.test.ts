import { describe, expect, it } from 'vitest';
import { ENGINE_BINARIES, engineStatus, missingEngineLines, skippedEngines } from './engines.ts';

const everything = { isExecutable: () => true, hasWebKitBindings: () => true };

describe('engineStatus and missingEngineLines', () => {
  it('say nothing when both engines are installed', () => {
    expect(missingEngineLines(engineStatus(everything), [])).toEqual([]);
  });

  it('name the missing engine, what is missing and the packages to install, in one line each', () => {
    const noFirefox = { ...everything, isExecutable: (file: string) => file !== ENGINE_BINARIES.firefox };
    const lines = missingEngineLines(engineStatus(noFirefox), []);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^firefox: missing \/usr\/bin\/firefox-esr; install it with `apt-get install firefox-esr`/);
    expect(lines[0]).toContain('SKIP_ENGINES=firefox');

    const noBindings = { ...everything, hasWebKitBindings: () => false };
    expect(missingEngineLines(engineStatus(noBindings), [])[0]).toMatch(
      /^webkit: missing the WebKit bindings .*python3-gi gir1\.2-webkit2-4\.1/,
    );
  });

  it('stay silent about an engine skipped on purpose', () => {
    const nothing = { isExecutable: () => false, hasWebKitBindings: () => false };
    expect(missingEngineLines(engineStatus(nothing), ['firefox']).map((line) => line.split(':')[0])).toEqual(['webkit']);
    expect(missingEngineLines(engineStatus(nothing), ['firefox', 'webkit'])).toEqual([]);
  });
});

describe('skippedEngines', () => {
  it('reads a comma-separated list and refuses unknown names', () => {
    expect(skippedEngines(undefined)).toEqual([]);
    expect(skippedEngines(' webkit , firefox')).toEqual(['webkit', 'firefox']);
    expect(() => skippedEngines('safari')).toThrow('SKIP_ENGINES: unknown engine "safari" (known: firefox, webkit)');
  });
});
