// as: core/prepare/probe.ts
// lint: no-restricted-imports
import { useState } from 'react';
export const probe = useState;
