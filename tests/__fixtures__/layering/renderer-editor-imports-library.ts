// as: renderer/editor/probe.ts
// lint: import-x/no-restricted-paths
// The editor sits below the library panel (RENDERER_LAYERS): editor/nodes <-> library was a cycle once.
import { usePackLibraryIds } from '../library/usePackLibraryIds';
export const probe = usePackLibraryIds;
