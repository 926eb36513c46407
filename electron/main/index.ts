import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { appPaths, defaultUserLibraryDir, stateDir } from '../host/appPaths';
import { createHost } from '../host/createHost';
import { staticFilePath } from '../host/staticFilePath';
import { DESKTOP_EVENT_CHANNELS, type DesktopEventPayloads } from '../../core/api/desktopEvents';
import { unconfined } from '../host/pathPolicy';
import { registerIpc } from './ipc';
import { replyOf } from '../host/dispatch';
import { buildMenu } from './menu';
import { readWindowState, writeWindowState } from './windowState';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, applySessionSecurity, lockNavigation, secureWindowOptions } from './security';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Found from this bundle's location: the project root in development, app.asar when packaged.
const paths = appPaths();
const here = dirname(fileURLToPath(import.meta.url));
const workspace = join(homedir(), 'Briefpack');
let win: BrowserWindow | null = null;

const host = createHost({ mode: 'electron', paths, stateDir: stateDir(), workspaceDir: workspace, policy: unconfined, userLibraryDir: defaultUserLibraryDir(), longLived: true });
// Temp files of saves a crash interrupted last time; never blocks the start.
void host.removeInterruptedSaves().catch(() => undefined);
const api = {
  ...host,
  async pickOpenPath() {
    const r = await dialog.showOpenDialog(win!, { properties: ['openFile'], filters: [{ name: 'Briefpack', extensions: ['briefpack'] }] });
    return { path: r.canceled ? null : (r.filePaths[0] ?? null) };
  },
  async pickSavePath({ suggestedName, kind }: { suggestedName: string; kind: 'pack' | 'docx' | 'pdf' }) {
    const ext = kind === 'pack' ? 'briefpack' : kind;
    const r = await dialog.showSaveDialog(win!, { defaultPath: join(workspace, suggestedName), filters: [{ name: ext.toUpperCase(), extensions: [ext] }] });
    return { path: r.canceled ? null : (r.filePath ?? null) };
  },
};

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = staticFilePath(paths.renderer, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(res.body, { status: res.status, headers });
  });
}

function createWindow(fileToOpen?: string): void {
  const stateFile = join(stateDir(), 'window.json');
  const { maximized, ...bounds } = readWindowState(stateFile);
  win = new BrowserWindow(secureWindowOptions(join(here, '../preload/index.cjs'), { ...bounds, title: 'Briefpack', show: false }));
  if (maximized) win.maximize();
  lockNavigation(win.webContents);
  // The renderer's beforeunload refuses to close over unsaved changes; ask the user natively.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win!, {
      type: 'question',
      buttons: ['Close without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'This pack has unsaved changes.',
      detail: 'A recovery copy is kept, but closing now leaves the file itself without your latest edits.',
    });
    if (choice === 0) event.preventDefault();
  });
  win.on('close', () => {
    if (!win) return;
    writeWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.once('ready-to-show', () => win?.show());
  const hash = fileToOpen ? `#open=${encodeURIComponent(fileToOpen)}` : '';
  void win.loadURL(`${APP_ORIGIN}/index.html${hash}`);
  win.on('closed', () => (win = null));
}

const fileArg = (argv: string[]) => argv.slice(1).find((a) => a.endsWith('.briefpack'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (!win) return createWindow(fileArg(argv));
    if (win.isMinimized()) win.restore();
    win.focus();
    const file = fileArg(argv);
    if (file) win.webContents.send(DESKTOP_EVENT_CHANNELS.openFile, file satisfies DesktopEventPayloads['openFile']);
  });
  app.on('web-contents-created', (_e, contents) => lockNavigation(contents));
  void app.whenReady().then(async () => {
    await mkdir(workspace, { recursive: true });
    applySessionSecurity(session.defaultSession);
    serveRenderer();
    registerIpc(ipcMain, api, { exportPack: (raw) => replyOf('exportPack', () => host.exportPackUnchecked(raw)) });
    buildMenu(() => win);
    createWindow(fileArg(process.argv));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
