// Capability names as Docker reads them: any case, with or without `CAP_`.
export { DANGEROUS_CAPABILITIES } from '../kubernetes/capabilities';

export function capabilityName(value: string): string {
  return value.trim().toUpperCase().replace(/^CAP_/, '');
}
