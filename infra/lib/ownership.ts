/**
 * Who owns the stacks, who pays for them and what they hold: tags on both stacks and every resource that takes
 * tags (lib/stack.ts applies them), for cost reports, incident routing and data audits.
 *
 * The owner and cost centre are the organisation's: `infra/cdk.json` sets them (context `cms-intake:owner` and
 * `cms-intake:costCentre`), `-c` overrides them. The classification follows from the stage (below).
 */
import { Stage } from './stage';

export interface Ownership {
  /** The team that answers for the service (an address or a team name, as the organisation routes incidents). */
  readonly owner: string;
  /** The cost centre the AWS bill is charged to. */
  readonly costCentre: string;
}

/**
 * The UK Government Security Classification of what each stage holds. prod keeps applications, disclosures of
 * domestic abuse and urgent requests: OFFICIAL-SENSITIVE. dev is for trying things out with made-up data only
 * (infra/README.md): OFFICIAL.
 */
export const DATA_CLASSIFICATION: Record<Stage, string> = {
  dev: 'OFFICIAL',
  prod: 'OFFICIAL-SENSITIVE',
};

export const OWNER_CONTEXT = 'cms-intake:owner';
export const COST_CENTRE_CONTEXT = 'cms-intake:costCentre';

/** Tag values AWS accepts everywhere (letters, digits, spaces and `_.:/=+-@`), at most 256 characters. */
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$/u;

/** Reads and checks the two context values; fails with a message that says where they come from. */
export function parseOwnership(owner: unknown, costCentre: unknown): Ownership {
  const problems: string[] = [];
  for (const [key, value] of [
    [OWNER_CONTEXT, owner],
    [COST_CENTRE_CONTEXT, costCentre],
  ] as const) {
    if (typeof value !== 'string' || !TAG_VALUE.test(value) || value.trim() !== value) {
      problems.push(`the context value "${key}" must be a tag value (got ${JSON.stringify(value)})`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`${problems.join('; and ')}. infra/cdk.json sets both; \`-c ${OWNER_CONTEXT}=...\` overrides.`);
  }
  return { owner: owner as string, costCentre: costCentre as string };
}

/** Every tag the stacks and their resources carry. */
export function ownershipTags(stage: Stage, ownership: Ownership): Record<string, string> {
  return {
    service: 'cms-intake',
    stage,
    owner: ownership.owner,
    'cost-centre': ownership.costCentre,
    'data-classification': DATA_CLASSIFICATION[stage],
  };
}
