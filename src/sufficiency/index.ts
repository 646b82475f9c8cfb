// Re-exports of the sufficiency part of the public API; filled in as it lands.
export {};
