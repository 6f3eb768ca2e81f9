// The atlas is client-only (WebGL, the user's stored language): every page,
// the error page included, renders in the browser. The server still answers
// with the right status (404 for an unknown path), then the client draws it.
export const ssr = false;
