// Deployments and ReplicaSets as the API server validates them on create (Kubernetes
// v1.32): ValidateDeployment / ValidateDeploymentSpec, ValidateReplicaSet /
// ValidateReplicaSetSpec and ValidatePodTemplateSpecForReplicaSet in
// pkg/apis/apps/validation/validation.go, after SetDefaults_Deployment (apps/v1: replicas 1,
// progressDeadlineSeconds 600). The rollout strategy is not checked.
import { FieldPath, invalid, notSupported, required, type FieldError } from '../field.js';
import type { Deployment, LabelSelector, ReplicaSet } from '../types.js';
import { goLabelSelector, goStringMap } from './gofmt.js';
import { labelSelectorAsSelector, validateLabelSelector } from './labels.js';
import { validateObjectMeta } from './metadata.js';
import { validateDeploymentName } from './names.js';
import { validatePodTemplateSpec } from './pod.js';

const isNegativeErrorMsg = 'must be greater than or equal to 0';

/** ValidateNonnegativeField */
function validateNonnegativeField(value: number, path: FieldPath): FieldError[] {
  return value < 0 ? [invalid(path, value, isNegativeErrorMsg)] : [];
}

/** ValidateDeployment */
export function validateDeployment(d: Deployment): FieldError[] {
  const errs = validateObjectMeta(d.metadata, true, validateDeploymentName, FieldPath.root('metadata'));
  const spec = (d.spec ?? {}) as Deployment['spec'];
  const path = FieldPath.root('spec');
  errs.push(...validateNonnegativeField(spec.replicas ?? 1, path.child('replicas')));
  errs.push(...validateSelectorAndTemplate(spec, path));
  const minReadySeconds = (spec.minReadySeconds as number | undefined) ?? 0;
  errs.push(...validateNonnegativeField(minReadySeconds, path.child('minReadySeconds')));
  const revisionHistoryLimit = spec.revisionHistoryLimit as number | undefined;
  if (revisionHistoryLimit != null) errs.push(...validateNonnegativeField(revisionHistoryLimit, path.child('revisionHistoryLimit')));
  // progressDeadlineSeconds defaults to 600 and must exceed minReadySeconds
  const progressDeadlineSeconds = (spec.progressDeadlineSeconds as number | undefined) ?? 600;
  errs.push(...validateNonnegativeField(progressDeadlineSeconds, path.child('progressDeadlineSeconds')));
  if (progressDeadlineSeconds <= minReadySeconds) {
    errs.push(invalid(path.child('progressDeadlineSeconds'), progressDeadlineSeconds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

/** ValidateReplicaSet */
export function validateReplicaSet(rs: ReplicaSet): FieldError[] {
  const errs = validateObjectMeta(rs.metadata, true, validateDeploymentName, FieldPath.root('metadata'));
  const spec = (rs.spec ?? {}) as ReplicaSet['spec'];
  const path = FieldPath.root('spec');
  errs.push(...validateNonnegativeField(spec.replicas ?? 1, path.child('replicas')));
  errs.push(...validateNonnegativeField((spec.minReadySeconds as number | undefined) ?? 0, path.child('minReadySeconds')));
  errs.push(...validateSelectorAndTemplate(spec, path));
  return errs;
}

/**
 * The selector half of ValidateDeploymentSpec / ValidateReplicaSetSpec, then
 * ValidatePodTemplateSpecForReplicaSet. A missing selector selects nothing, so it is
 * reported twice: "Required value" and "`selector` does not match template `labels`".
 */
function validateSelectorAndTemplate(spec: Deployment['spec'], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector as LabelSelector | undefined | null;
  if (sel == null) {
    errs.push(required(path.child('selector'), ''));
  } else {
    errs.push(...validateLabelSelector(sel, { allowInvalidLabelValueInSelector: false }, path.child('selector')));
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      errs.push(invalid(path.child('selector'), goLabelSelector(sel), 'empty selector is invalid for deployment'));
    }
  }
  const selector = labelSelectorAsSelector(sel);
  if (selector === null) {
    errs.push(invalid(path.child('selector'), goLabelSelector(sel!), 'invalid label selector'));
    return errs;
  }
  const templatePath = path.child('template');
  // spec.template is a struct, never nil: a missing template is an empty one
  const template = spec.template ?? { spec: { containers: [] } };
  const labels = template.metadata?.labels;
  // ValidatePodTemplateSpecForReplicaSet: the template's labels must match the selector
  if (!selector.empty && !selector.matches(labels)) {
    errs.push(invalid(templatePath.child('metadata', 'labels'), goStringMap(labels), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplateSpec(template, templatePath, { resourceIsPod: false }));
  // a ReplicaSet's pods must restart (restartPolicy is defaulted to Always)
  const restartPolicy = template.spec?.restartPolicy as string | undefined;
  if (restartPolicy && restartPolicy !== 'Always') {
    errs.push(notSupported(templatePath.child('spec', 'restartPolicy'), restartPolicy, ['Always']));
  }
  return errs;
}
