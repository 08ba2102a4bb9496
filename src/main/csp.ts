/**
 * The same policy as the meta tag in src/renderer/index.html (a unit test keeps them equal). Sent as a header
 * too, because a header also covers responses the meta tag cannot, such as the dev server's.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
