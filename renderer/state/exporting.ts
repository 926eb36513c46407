import { create } from 'zustand';
import type { ExportFormat } from '../../core/api/contract';

/** The export under way, if any: the progress bar shows while it is set. */
export const useExporting = create<{ format: ExportFormat | null }>(() => ({ format: null }));
