// as: renderer/state/probe.ts
// lint: import-x/no-restricted-paths
// The stores sit below the editor (RENDERER_LAYERS): state <-> editor was a cycle once.
import { activeEditor } from '../editor/activeEditor';
export const probe = activeEditor;
