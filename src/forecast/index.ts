// Re-exports of the forecast part of the public API; filled in as it lands.
export {};
