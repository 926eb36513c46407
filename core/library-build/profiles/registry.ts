import type { SourceProfile } from '../sourceProfile';
import { cepaBorsari } from './cepaBorsari';
import { gmf2017 } from './gmf2017';
import { iaiDynamicChange } from './iaiDynamicChange';
import { natoSouth2024 } from './natoSouth2024';
import { pism2016 } from './pism2016';

/** One layout profile per bundled source, by source ID. */
export const PROFILES: SourceProfile[] = [gmf2017, pism2016, cepaBorsari, iaiDynamicChange, natoSouth2024];
