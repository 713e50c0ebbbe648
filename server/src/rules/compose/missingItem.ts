// "The service's `key` list lacks `item`": reported at the list when there is one
// (the fix appends, in the anchor if the list comes from one), else at the service
// (the fix adds `key: [item]` to the service).
import { isSeq } from 'yaml';
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import type { Reporter } from '../../engine/types';
import { keyRange, type YamlSeq } from '../../engine/yaml/document';
import { addToMap, appendToSeq } from '../../engine/yaml/edit';
import { sites } from './sites';

export function reportMissingItem(model: ComposeModel, report: Reporter, spec: {
  key: string;
  item: string;
  /** Whether the (merged) service already has what the item gives. */
  has(service: Service): boolean;
  message(services: Service[], entry: Entry | undefined): string;
}): void {
  const { key, item } = spec;
  const found = sites<Entry | undefined>(report, (services, entry) => {
    const message = spec.message(services, entry);
    if (entry) {
      const fixes = isSeq(entry.value) ? [{ title: `Add ${item} to ${key}`, edits: [appendToSeq(model.file, entry.value as YamlSeq, item)] }] : [];
      return { range: keyRange(model.file.lines, entry.pair), message, fixes };
    }
    const service = services[0];
    return {
      range: keyRange(model.file.lines, service.pair), message,
      fixes: [{ title: `Add ${key}: [${item}]`, edits: addToMap(model.file, service.map, { [key]: [item] }, model.style) }],
    };
  });
  for (const service of model.services) {
    if (spec.has(service)) continue;
    const entries = model.effectiveAll(service, key);
    if (entries.length) found.add(entries[0].pair, service, entries[0]);
    else if (!service.extendsUnseen) found.add(service.map, service, undefined);
  }
  found.flush();
}
