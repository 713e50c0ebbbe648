// The image a service runs, when the file names it (not only builds it).
import type { ComposeModel, Entry, Service } from '../../engine/compose/model';
import { parseImage, type ImageRef } from '../kubernetes/images';
import { text } from './sites';

export interface ServiceImage { entry: Entry; ref: ImageRef; raw: string }

/** Undefined when the service is built here (`image` then names the result) or the reference is templated. */
export function pulledImage(model: ComposeModel, service: Service): ServiceImage | undefined {
  if (model.effective(service, 'build')) return undefined;
  const entry = model.effective(service, 'image');
  const raw = text(entry?.value);
  const ref = raw === undefined ? undefined : parseImage(raw);
  return entry && ref && raw ? { entry, ref, raw } : undefined;
}
