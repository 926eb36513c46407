/**
 * The operation names of BriefpackApi as a plain list, without their schemas, so the preload
 * script can expose one function per operation without bundling zod. contract.ts checks that
 * it lists exactly these.
 */
export const OP_NAMES = [
  'getEnvironment',
  'listTemplates',
  'newPack',
  'openPack',
  'savePack',
  'listRecent',
  'checkPack',
  'exportPack',
  'exportStatus',
  'cancelExport',
  'exportBibliography',
  'searchLibrary',
  'previewImport',
  'importStatus',
  'acceptImport',
  'getLibraryItem',
  'getLibraryItems',
  'autosave',
  'listRecoverable',
  'recoverPack',
  'discardAutosave',
  'pickOpenPath',
  'pickSavePath',
] as const;

export type OpNameList = typeof OP_NAMES;
