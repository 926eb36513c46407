// as: core/api/probe.ts
// lint: import-x/no-restricted-paths
import { search } from '../search/search';
export const probe = search;
