import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DataTable } from './data-table';
import { Stage } from './stage';

export interface CmsIntakeStackProps extends cdk.StackProps {
  readonly stage: Stage;
}

/**
 * The cms-intake stack for one stage.
 *
 * For now it holds only the DynamoDB table. The rest of the service (the Rust Lambda
 * functions, the API, WAF, Cognito and alarms) is added by a later issue.
 */
export class CmsIntakeStack extends cdk.Stack {
  public readonly data: DataTable;

  constructor(scope: Construct, id: string, props: CmsIntakeStackProps) {
    super(scope, id, props);

    this.data = new DataTable(this, 'Data', { stage: props.stage });
  }
}
