import { create } from 'zustand';
import { MAX_IMPORT_BYTES, type OpResponse } from '../../../core/api/contract';
import type { MetadataValues } from '../../../core/citations/metadataForm';
import { api } from '../../api/transport';
import { bytesToBase64 } from './bytesToBase64';

type Preview = OpResponse<'previewImport'>;

interface ImportState {
  /** reading: the host is cleaning the file; review: the user reads the report and fills the form. */
  phase: 'idle' | 'reading' | 'review' | 'saving';
  fileName: string | null;
  preview: Preview | null;
  error: string | null;
  /** Files dropped together wait their turn. */
  queue: File[];
  /** Bumped after each accepted import, so searches run again over the new library. */
  libraryVersion: number;
}

export const useImport = create<ImportState>(() => ({ phase: 'idle', fileName: null, preview: null, error: null, queue: [], libraryVersion: 0 }));

/** Starts importing the files (dropped on the library panel, or picked from the menu). */
export function importFiles(files: readonly File[]): void {
  if (!files.length) return;
  const { phase, queue } = useImport.getState();
  useImport.setState({ queue: [...queue, ...files] });
  if (phase === 'idle') void next();
}

async function next(): Promise<void> {
  const [file, ...rest] = useImport.getState().queue;
  if (!file) {
    useImport.setState({ phase: 'idle', fileName: null, preview: null });
    return;
  }
  useImport.setState({ phase: 'reading', fileName: file.name, preview: null, error: null, queue: rest });
  if (file.size > MAX_IMPORT_BYTES) {
    useImport.setState({ phase: 'review', error: `${file.name} is larger than 20 MB. Import it with the command line instead: briefpack library import "${file.name}".` });
    return;
  }
  try {
    const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const preview = await api.previewImport({ fileName: file.name, data });
    useImport.setState({ phase: 'review', preview });
  } catch (e) {
    useImport.setState({ phase: 'review', error: (e as Error).message });
  }
}

export async function acceptImport(values: MetadataValues): Promise<void> {
  const { preview } = useImport.getState();
  if (!preview) return;
  useImport.setState({ phase: 'saving' });
  try {
    await api.acceptImport({ importId: preview.importId, values: values as Record<string, string> });
    useImport.setState((s) => ({ libraryVersion: s.libraryVersion + 1 }));
    await next();
  } catch (e) {
    useImport.setState({ phase: 'review', error: (e as Error).message });
  }
}

export function cancelImport(): void {
  void next();
}
