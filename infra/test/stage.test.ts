import { parseStage } from '../lib/stage';

describe('parseStage', () => {
  test('defaults to dev when no stage is given', () => {
    expect(parseStage(undefined)).toBe('dev');
  });

  test.each(['dev', 'prod'])('accepts %s', (stage) => {
    expect(parseStage(stage)).toBe(stage);
  });

  test.each(['', 'Prod', 'staging', 'production', 1, true])('rejects %p with a clear message', (raw) => {
    expect(() => parseStage(raw)).toThrow(/must be one of "dev", "prod"/);
  });
});
