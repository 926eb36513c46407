/** The Electron binary's path, or null where it was never downloaded. */
export function electronBinary(): string | null;
