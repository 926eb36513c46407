import { create } from 'zustand';

interface PathPromptState {
  request: { label: string; value: string; resolve: (path: string | null) => void } | null;
}

export const usePathPrompt = create<PathPromptState>(() => ({ request: null }));

/** Web mode's stand-in for a native file dialog: a prompt for a full path. */
export function askPath(label: string, value: string): Promise<string | null> {
  return new Promise((resolve) => usePathPrompt.setState({ request: { label, value, resolve } }));
}

export function answerPath(path: string | null): void {
  const req = usePathPrompt.getState().request;
  usePathPrompt.setState({ request: null });
  req?.resolve(path);
}
