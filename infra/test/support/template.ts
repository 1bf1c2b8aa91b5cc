/** Small helpers for reading a synthesised template in tests. */
import { Template } from 'aws-cdk-lib/assertions';

export interface Resource {
  Type: string;
  Properties: Record<string, any>;
  Metadata?: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string | string[];
  UpdatePolicy?: Record<string, any>;
}

export function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}

/** The one resource of `type` whose logical id starts with `prefix` (the construct path, without separators). */
export function one(template: Template, type: string, prefix: string): [string, Resource] {
  const found = resources(template, type).filter(([id]) => id.startsWith(prefix));
  if (found.length !== 1) {
    throw new Error(`expected one ${type} whose id starts with ${prefix}, found ${found.map(([id]) => id).join(', ') || 'none'}`);
  }
  return found[0];
}

/**
 * A CloudFormation value written as a readable string: `{"Fn::GetAtt": ["Table", "Arn"]}` becomes
 * `${Table.Arn}`, `{"Ref": "X"}` `${X}`, and `Fn::Join` with "" concatenates. Anything else fails the test.
 */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, any>;
    if ('Fn::GetAtt' in v) return `\${${v['Fn::GetAtt'][0]}.${v['Fn::GetAtt'][1]}}`;
    if ('Ref' in v) return `\${${v.Ref}}`;
    if ('Fn::Join' in v && v['Fn::Join'][0] === '') return (v['Fn::Join'][1] as unknown[]).map(text).join('');
  }
  throw new Error(`cannot read ${JSON.stringify(value)} as text`);
}

export function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
