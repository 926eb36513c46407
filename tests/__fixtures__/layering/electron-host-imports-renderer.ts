// as: electron/host/probe.ts
// lint: import-x/no-restricted-paths
// tsc: 6307
import { connect } from '../../renderer/api/transport';
export const probe = connect;
