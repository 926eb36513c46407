// as: core/prepare/probe.ts
// lint:
// tsc:
// The control: imports the layers allow, which must stay clean.
import type { PackFile } from '../pack/schema';
import type { ExportDoc } from '../export/exportDoc';
import { resolveCitations } from '../citations/resolveCitations';
import type { Library } from '../library/types';
export const probe = (file: PackFile, doc: ExportDoc, library: Library) => [file, doc, library, resolveCitations];
