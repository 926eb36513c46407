/**
 * The app's pages load only their own scripts and styles and talk only to their own origin.
 * Sent by Electron's protocol handler and by web mode; renderer/index.html carries the same.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
