// as: renderer/components/probe.ts
// lint: no-restricted-imports, no-restricted-properties
import type { MenuCommand } from '../../core/api/desktopEvents';
export const probe = (listener: (command: MenuCommand) => void) => window.briefpackEvents?.onMenu(listener);
