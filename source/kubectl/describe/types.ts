import type { KObject } from '../../sim/types.js';

export interface DescribeInput {
  obj: any;
  now: Date;
  showEvents: boolean;
  /** Other objects the describer reads (EndpointSlices of a Service, ReplicaSets of a Deployment...). */
  list(kind: string, namespace: string | undefined): KObject[];
  get(kind: string, namespace: string | undefined, name: string): KObject | undefined;
}
