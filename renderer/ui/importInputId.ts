/**
 * The id of the library panel's hidden file input. The File > Import Source menu command
 * (renderer/commands) clicks it, and commands may not import the panel itself (a later layer).
 */
export const IMPORT_INPUT_ID = 'bp-import-input';
