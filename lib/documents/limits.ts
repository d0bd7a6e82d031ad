/** Shared by the upload fields, which check in the browser before sending, and by `checkUpload` on the server. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const FILE_TOO_LARGE = 'Files can be at most 10 MB.';
