// The JSON API: GET with query parameters, the API key (when one was entered) in X-API-Key.

const KEY_ITEM = "rasd.apiKey";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function setKey(key) {
  if (key) sessionStorage.setItem(KEY_ITEM, key);
  else sessionStorage.removeItem(KEY_ITEM);
}

export function apiUrl(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  return url;
}

export function hasKey() {
  return Boolean(sessionStorage.getItem(KEY_ITEM));
}

/** Download an export with the key header (a plain link cannot send it): fetch, then save the blob. */
export async function download(href, filename) {
  const response = await fetch(href, { headers: { "X-API-Key": sessionStorage.getItem(KEY_ITEM) || "" } });
  if (!response.ok) throw new ApiError(response.status, `HTTP ${response.status}`, "export refused");
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url; // a blob: URL made here, not data
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export async function getJSON(path, params = {}) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem(KEY_ITEM);
  if (key) headers["X-API-Key"] = key;
  const response = await fetch(apiUrl(path, params), { headers, credentials: "same-origin" });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(response.status, error.code || `HTTP ${response.status}`, error.message || response.statusText);
  }
  return body;
}
