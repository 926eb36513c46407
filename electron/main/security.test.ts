import { describe, expect, it, vi } from 'vitest';
import { applySessionSecurity, CONTENT_SECURITY_POLICY, isAppUrl, lockNavigation, secureWindowOptions } from './security';

describe('window security settings', () => {
  it('apply the Electron security checklist', () => {
    const options = secureWindowOptions('/app/preload.cjs', { width: 800 });
    expect(options.width).toBe(800);
    expect(options.webPreferences).toMatchObject({
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a strict CSP: no inline or remote scripts, no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
  });

  it('recognises only the app scheme as the app', () => {
    expect(isAppUrl('briefpack-app://app/index.html')).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('session and navigation handlers', () => {
  it('deny every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    applySessionSecurity({
      setPermissionRequestHandler: (h: never) => (request = h),
      setPermissionCheckHandler: (h: never) => (check = h),
    } as never);
    const callback = vi.fn();
    request!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });

  it('refuse navigation away from the app and every new window', () => {
    const handlers: Record<string, (e: { preventDefault: () => void }, url: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    lockNavigation({ on: ((name: string, h: never) => (handlers[name] = h)) as never, setWindowOpenHandler: ((h: never) => (openHandler = h)) as never });
    const away = { preventDefault: vi.fn() };
    handlers['will-navigate']!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    handlers['will-navigate']!(inside, 'briefpack-app://app/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});
