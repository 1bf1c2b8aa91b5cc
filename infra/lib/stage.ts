/** The deployment stages this app knows about. */
export const STAGES = ['dev', 'prod'] as const;

export type Stage = (typeof STAGES)[number];

export const DEFAULT_STAGE: Stage = 'dev';

/**
 * Turns the raw `-c stage=...` context value into a Stage.
 *
 * Absent means the default (`dev`), so a bare `cdk synth` can never touch prod;
 * anything else that is not a known stage is an error rather than a silent default.
 */
export function parseStage(raw: unknown): Stage {
  if (raw === undefined || raw === null) {
    return DEFAULT_STAGE;
  }
  if (typeof raw === 'string' && (STAGES as readonly string[]).includes(raw)) {
    return raw as Stage;
  }
  throw new Error(
    `Invalid stage ${JSON.stringify(raw)}: the CDK context value "stage" must be one of ` +
      `${STAGES.map((s) => `"${s}"`).join(', ')} (e.g. \`npx cdk synth -c stage=dev\`); ` +
      `it defaults to "${DEFAULT_STAGE}" when not given.`,
  );
}
