// Re-exports of the match part of the public API; filled in as it lands.
export {};
