// as: renderer/probe.ts
// lint: import-x/no-restricted-paths
import { search } from '../core/search/search';
export const probe = search;
